import { readFileSync } from 'node:fs';

const DATA_DIR = new URL('../data/', import.meta.url);

/**
 * Reads the user directory and the teams from data/.
 * @returns {{ users: object[], teams: object[] }}
 */
export function loadDirectory() {
  const users = JSON.parse(readFileSync(new URL('users.json', DATA_DIR), 'utf8'));
  const teams = JSON.parse(readFileSync(new URL('teams.json', DATA_DIR), 'utf8'));
  return { users, teams };
}

/**
 * Drops the second copy of a person the merged HR systems hold twice: the same e-mail address in
 * any letter case. The first record wins.
 * @param {object[]} users - raw records in directory order
 * @returns {object[]} one record per person, in directory order
 */
export function dedupeByEmail(users) {
  const unique = [];
  const seen = [];
  for (const user of users) {
    const email = user.email.toLowerCase();
    if (!seen.includes(email)) {
      seen.push(email);
      unique.push(user);
    }
  }
  return unique;
}

/**
 * The team a user belongs to.
 * @param {object[]} teams
 * @param {string} teamId
 * @returns {object | null}
 */
export function findTeam(teams, teamId) {
  return teams.find((team) => team.id === teamId) ?? null;
}
