import { InputError } from '../errors.js';
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const ch = source.charAt(i);
        if (/\s/.test(ch)) {
            i += 1;
            continue;
        }
        const two = source.slice(i, i + 2);
        if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
            tokens.push({ type: 'op', value: two });
            i += 2;
            continue;
        }
        if ('()<>!'.includes(ch)) {
            tokens.push({ type: 'op', value: ch });
            i += 1;
            continue;
        }
        if (ch === "'" || ch === '"') {
            const end = source.indexOf(ch, i + 1);
            if (end === -1)
                throw new Error(`unterminated string starting at column ${i + 1}`);
            tokens.push({ type: 'string', value: source.slice(i + 1, end) });
            i = end + 1;
            continue;
        }
        const number = /^-?\d+(\.\d+)?/.exec(source.slice(i));
        if (number !== null) {
            tokens.push({ type: 'number', value: Number(number[0]) });
            i += number[0].length;
            continue;
        }
        const ident = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(source.slice(i));
        if (ident !== null) {
            const word = ident[0];
            if (word === 'and')
                tokens.push({ type: 'op', value: '&&' });
            else if (word === 'or')
                tokens.push({ type: 'op', value: '||' });
            else if (word === 'not')
                tokens.push({ type: 'op', value: '!' });
            else
                tokens.push({ type: 'ident', value: word });
            i += word.length;
            continue;
        }
        throw new Error(`unexpected character '${ch}' at column ${i + 1}`);
    }
    return tokens;
}
class Parser {
    tokens;
    pos = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    parse() {
        const expr = this.or();
        const extra = this.tokens[this.pos];
        if (extra !== undefined)
            throw new Error(`unexpected '${String(extra.value)}' after the end of the expression`);
        return expr;
    }
    peekOp(value) {
        const token = this.tokens[this.pos];
        return token?.type === 'op' && token.value === value;
    }
    or() {
        let left = this.and();
        while (this.peekOp('||')) {
            this.pos += 1;
            left = { kind: 'or', left, right: this.and() };
        }
        return left;
    }
    and() {
        let left = this.not();
        while (this.peekOp('&&')) {
            this.pos += 1;
            left = { kind: 'and', left, right: this.not() };
        }
        return left;
    }
    not() {
        if (this.peekOp('!')) {
            this.pos += 1;
            return { kind: 'not', operand: this.not() };
        }
        return this.compare();
    }
    compare() {
        const left = this.primary();
        const token = this.tokens[this.pos];
        if (token?.type === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(token.value)) {
            this.pos += 1;
            return { kind: 'compare', op: token.value, left, right: this.primary() };
        }
        return left;
    }
    primary() {
        const token = this.tokens[this.pos];
        if (token === undefined)
            throw new Error('the expression ends too early');
        this.pos += 1;
        switch (token.type) {
            case 'string':
            case 'number':
                return { kind: 'literal', value: token.value };
            case 'ident':
                if (token.value === 'true' || token.value === 'false')
                    return { kind: 'literal', value: token.value === 'true' };
                if (token.value === 'null')
                    return { kind: 'literal', value: null };
                return { kind: 'variable', name: token.value };
            case 'op':
                if (token.value === '(') {
                    const inner = this.or();
                    if (!this.peekOp(')'))
                        throw new Error("missing ')'");
                    this.pos += 1;
                    return inner;
                }
                throw new Error(`unexpected '${token.value}'`);
            default: {
                const never = token;
                return never;
            }
        }
    }
}
/**
 * Parses a condition into a typed predicate tree.
 * @param source - e.g. `validation_status == 'pass'`
 * @param where - where the condition comes from, for the error (e.g. "step 'publish' field condition")
 * @returns the parsed condition
 * @throws InputError `invalid-workflow` naming the place and the problem
 */
export function parseCondition(source, where) {
    try {
        return new Parser(tokenize(source)).parse();
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new InputError('invalid-workflow', `${where}: cannot parse "${source}": ${detail}; write e.g. validation_status == 'pass'`);
    }
}
/**
 * Lists the variables a condition reads.
 * @param condition - a parsed condition
 * @returns variable names, without duplicates
 */
export function conditionVariables(condition) {
    switch (condition.kind) {
        case 'literal':
            return [];
        case 'variable':
            return [condition.name];
        case 'not':
            return conditionVariables(condition.operand);
        case 'and':
        case 'or':
        case 'compare':
            return [...new Set([...conditionVariables(condition.left), ...conditionVariables(condition.right)])];
        default: {
            const never = condition;
            return never;
        }
    }
}
function value(node, vars) {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'variable': {
            if (!Object.hasOwn(vars, node.name))
                throw new Error(`${node.name} is not set yet`);
            return vars[node.name] ?? null;
        }
        default:
            return truth(node, vars);
    }
}
function truth(node, vars) {
    switch (node.kind) {
        case 'literal':
        case 'variable':
            return value(node, vars) === true;
        case 'not':
            return !truth(node.operand, vars);
        case 'and':
            return truth(node.left, vars) && truth(node.right, vars);
        case 'or':
            return truth(node.left, vars) || truth(node.right, vars);
        case 'compare': {
            const left = value(node.left, vars);
            const right = value(node.right, vars);
            switch (node.op) {
                case '==':
                    return left === right;
                case '!=':
                    return left !== right;
                default: {
                    const comparable = (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
                    if (!comparable)
                        return false;
                    if (node.op === '<')
                        return left < right;
                    if (node.op === '<=')
                        return left <= right;
                    if (node.op === '>')
                        return left > right;
                    return left >= right;
                }
            }
        }
        default: {
            const never = node;
            return never;
        }
    }
}
/**
 * Evaluates a condition against variables. Fails closed: a missing variable makes it not hold.
 * @param condition - parsed condition
 * @param vars - variable values (e.g. from earlier gate records)
 * @returns whether it holds, and why
 */
export function evaluateCondition(condition, vars) {
    const used = conditionVariables(condition);
    const shown = used.map((name) => `${name} = ${Object.hasOwn(vars, name) ? JSON.stringify(vars[name]) : '(not set)'}`).join(', ');
    try {
        const holds = truth(condition, vars);
        return { holds, detail: shown === '' ? String(holds) : shown };
    }
    catch (error) {
        return { holds: false, detail: error instanceof Error ? error.message : String(error) };
    }
}
