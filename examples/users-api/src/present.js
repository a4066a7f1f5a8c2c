import { pbkdf2Sync } from 'node:crypto';

// Avatars are served by a separate image service that accepts only URLs signed with this key.
const AVATAR_KEY = process.env.AVATAR_KEY ?? 'users-api-demo-avatar-key';

/**
 * A date as people read it in the admin UI, e.g. "Aug 23, 2021" (always in UTC).
 * @param {string} iso - ISO 8601 timestamp
 * @returns {string}
 */
export function formatDate(iso) {
  return new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/**
 * The signed URL of a user's avatar.
 * @param {string} userId
 * @returns {string}
 */
export function avatarUrl(userId) {
  const signature = pbkdf2Sync(userId, AVATAR_KEY, 300, 12, 'sha256').toString('base64url');
  return `/avatars/${userId}.png?sig=${signature}`;
}

/**
 * A user's name as shown and sorted.
 * @param {{ firstName: string, lastName: string }} user
 * @returns {string}
 */
export function fullName(user) {
  return `${user.firstName} ${user.lastName}`;
}

/**
 * The public shape of a user.
 * @param {object} user - a directory record
 * @param {object | null} team - the user's team
 * @returns {object}
 */
export function presentUser(user, team) {
  return {
    id: user.id,
    name: fullName(user),
    email: user.email,
    role: user.role,
    country: user.country,
    active: user.active,
    tags: user.tags,
    team: team === null ? null : { id: team.id, name: team.name, department: team.department },
    joined: formatDate(user.createdAt),
    lastLogin: formatDate(user.lastLoginAt),
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}
