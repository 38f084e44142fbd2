/**
 * Checks every request body the bot sends: first against Discord's published OpenAPI description,
 * then against the documented limits that description does not encode (2000-character content, the
 * 6000-character embed total, lowercase command names, autocomplete choice lengths) and the project's
 * own rule that nothing the bot sends may ping anyone.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DISCORD_API_SPEC_PATH = path.resolve(REPOSITORY_ROOT, 'test/support/discord-api-spec/openapi.json');
const SPEC_SCHEMA_ID = 'discord-openapi';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  embedTotal: 6000,
  choices: 25,
  choiceText: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
} as const;

/** One thing wrong with a body: where (as Discord prints it, e.g. `data.embeds[0].title`), and why. */
export interface Problem {
  at: (string | number)[];
  code: string;
  message: string;
}

export interface Violation {
  method: string;
  path: string;
  route: string;
  problems: string[];
  body: unknown;
}

export function formatLocation(at: readonly (string | number)[]): string {
  return at.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('') || '(body)';
}

export function describeProblem(problem: Problem): string {
  return `${formatLocation(problem.at)}: ${problem.message}`;
}

/** The body Discord answers a 400 "Invalid Form Body" with: errors nested by location, `_errors` leaves. */
export function invalidFormBody(problems: readonly Problem[]): { code: number; message: string; errors: object } {
  const errors: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.at) node = (node[String(key)] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code: problem.code, message: problem.message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}

// ---------------------------------------------------------------- OpenAPI description

interface OpenApiSpec {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: SchemaNode }> } }>>;
  components: { schemas: Record<string, SchemaNode> };
}
interface SchemaNode {
  $ref?: string;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
}

export interface LoadedSpec {
  spec: OpenApiSpec;
  ajv: Ajv2020;
  loadMs: number;
  validators: Map<string, ValidateFunction | null>;
}

const SPEC_CACHE_KEY = Symbol.for('discord-standin.openapi');
type SpecCache = { [SPEC_CACHE_KEY]?: LoadedSpec };

/** Reads and registers the description once per process (about 1 MB; compiling happens per route, lazily). */
export function loadDiscordApiSpec(): LoadedSpec {
  const cache = globalThis as SpecCache;
  if (cache[SPEC_CACHE_KEY]) return cache[SPEC_CACHE_KEY];
  const started = performance.now();
  if (!existsSync(DISCORD_API_SPEC_PATH)) {
    throw new Error(
      `Discord's OpenAPI description was not found at ${DISCORD_API_SPEC_PATH}. ` +
        'The stand-in validates request bodies against it; it is kept in test/support/discord-api-spec/ (see the README there).',
    );
  }
  const spec = JSON.parse(readFileSync(DISCORD_API_SPEC_PATH, 'utf8')) as OpenApiSpec;
  // The description uses vendor keywords (x-discord-union) and OpenAPI formats: strict mode would refuse them.
  // Shared refs compiled once as functions, unoptimised code: compiling the big unions costs about half.
  const ajv = new Ajv2020({ strict: false, inlineRefs: false, code: { optimize: false } });
  formatsModule.default(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('snowflake', /^(0|[1-9]\d{0,19})$/);
  ajv.addFormat('nonce', () => true);
  ajv.addSchema({ $id: SPEC_SCHEMA_ID, paths: spec.paths, components: spec.components });
  const loaded: LoadedSpec = { spec, ajv, loadMs: performance.now() - started, validators: new Map() };
  cache[SPEC_CACHE_KEY] = loaded;
  return loaded;
}

function pointer(...segments: string[]): string {
  return segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

/**
 * The validator for one operation. Where the body is a union told apart by `type` (interaction
 * callbacks), the member for that type is used alone, so errors name the real problem instead of
 * listing why each of the seven kinds of callback does not match.
 */
function validatorFor(loaded: LoadedSpec, method: string, route: string, body: unknown): ValidateFunction | null {
  const operation = loaded.spec.paths[route]?.[method.toLowerCase()];
  const schema = operation?.requestBody?.content?.['application/json']?.schema;
  if (!schema) return null;
  let ref = `${SPEC_SCHEMA_ID}#/${pointer('paths', route, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema')}`;
  const members = schema.anyOf ?? schema.oneOf;
  const bodyType = (body as { type?: unknown } | null)?.type;
  if (members && bodyType !== undefined) {
    const member = members.find((candidate) => {
      const name = candidate.$ref?.replace('#/components/schemas/', '');
      return name !== undefined && loaded.spec.components.schemas[name]?.properties?.type?.enum?.includes(bodyType);
    });
    if (member?.$ref) ref = `${SPEC_SCHEMA_ID}${member.$ref}`;
  }
  if (!loaded.validators.has(ref)) loaded.validators.set(ref, loaded.ajv.compile({ $ref: ref }));
  return loaded.validators.get(ref) ?? null;
}

const AJV_CODES: Record<string, string> = {
  maxLength: 'BASE_TYPE_MAX_LENGTH',
  maxItems: 'BASE_TYPE_MAX_LENGTH',
  minLength: 'BASE_TYPE_MIN_LENGTH',
  minItems: 'BASE_TYPE_MIN_LENGTH',
  required: 'BASE_TYPE_REQUIRED',
  enum: 'BASE_TYPE_CHOICES',
  pattern: 'STRING_TYPE_REGEX',
};

function fromAjv(error: ErrorObject): Problem {
  const at: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key.replaceAll('~1', '/').replaceAll('~0', '~')));
  if (error.keyword === 'required') at.push(String(error.params.missingProperty));
  return { at, code: AJV_CODES[error.keyword] ?? 'BASE_TYPE_INVALID', message: `${error.message ?? 'is invalid'} (OpenAPI)` };
}

/** Union errors also say "must be null" and "must match a schema in anyOf": keep the errors that explain. */
function explainingErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const useful = errors.filter(
    (error) => !['anyOf', 'oneOf', 'if'].includes(error.keyword) && !(error.keyword === 'type' && error.params.type === 'null'),
  );
  return useful.length > 0 ? useful : [...errors];
}

export function specProblems(method: string, route: string, body: unknown): Problem[] {
  const validate = validatorFor(loadDiscordApiSpec(), method, route, body);
  if (!validate || validate(body)) return [];
  return explainingErrors(validate.errors ?? []).map(fromAjv);
}

// ---------------------------------------------------------------- documented rules

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const textLength = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

function tooLong(at: Problem['at'], value: unknown, limit: number): Problem[] {
  return textLength(value) > limit ? [{ at, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${limit} or fewer in length.` }] : [];
}

function lengthBetween(at: Problem['at'], value: unknown, min: number, max: number): Problem[] {
  const length = textLength(value);
  return typeof value !== 'string' || length < min || length > max
    ? [{ at, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` }]
    : [];
}

function embedProblems(embeds: unknown, at: Problem['at']): Problem[] {
  if (!Array.isArray(embeds)) return [];
  const problems: Problem[] = [];
  if (embeds.length > LIMITS.embeds) {
    problems.push({ at, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${LIMITS.embeds} or fewer in length.` });
  }
  let total = 0;
  embeds.forEach((embed: unknown, index) => {
    if (!isObject(embed)) return;
    const here = [...at, index];
    const fields = Array.isArray(embed.fields) ? (embed.fields as unknown[]).filter(isObject) : [];
    const footer = isObject(embed.footer) ? embed.footer.text : undefined;
    const author = isObject(embed.author) ? embed.author.name : undefined;
    problems.push(
      ...tooLong([...here, 'title'], embed.title, LIMITS.embedTitle),
      ...tooLong([...here, 'description'], embed.description, LIMITS.embedDescription),
      ...tooLong([...here, 'footer', 'text'], footer, LIMITS.embedFooter),
      ...tooLong([...here, 'author', 'name'], author, LIMITS.embedAuthor),
    );
    if (fields.length > LIMITS.embedFields) {
      problems.push({ at: [...here, 'fields'], code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${LIMITS.embedFields} or fewer in length.` });
    }
    fields.forEach((field, fieldIndex) => {
      problems.push(
        ...tooLong([...here, 'fields', fieldIndex, 'name'], field.name, LIMITS.embedFieldName),
        ...tooLong([...here, 'fields', fieldIndex, 'value'], field.value, LIMITS.embedFieldValue),
      );
      total += textLength(field.name) + textLength(field.value);
    });
    total += textLength(embed.title) + textLength(embed.description) + textLength(footer) + textLength(author);
  });
  if (total > LIMITS.embedTotal) {
    problems.push({ at, code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of ${LIMITS.embedTotal} (${total}).` });
  }
  return problems;
}

/** Nothing the bot sends may ping: `allowed_mentions` must be present and allow nobody. */
function mentionProblems(allowed: unknown, at: Problem['at']): Problem[] {
  const problem = (message: string): Problem[] => [{ at, code: 'ALLOWED_MENTIONS_PING', message }];
  if (!isObject(allowed)) return problem('allowed_mentions is missing, so Discord would ping whoever the content mentions.');
  if (!Array.isArray(allowed.parse) || allowed.parse.length > 0) return problem('allowed_mentions.parse must be an empty array.');
  if ((Array.isArray(allowed.users) && allowed.users.length > 0) || (Array.isArray(allowed.roles) && allowed.roles.length > 0)) {
    return problem('allowed_mentions must not list users or roles to ping.');
  }
  if (allowed.replied_user === true) return problem('allowed_mentions.replied_user must not be true.');
  return [];
}

/** A message the bot creates or edits, at `at` inside the request body. */
export function messageProblems(body: unknown, at: Problem['at'], { creating }: { creating: boolean }): Problem[] {
  if (!isObject(body)) return [{ at, code: 'BASE_TYPE_REQUIRED', message: 'A message body is required.' }];
  const problems = [
    ...tooLong([...at, 'content'], body.content, LIMITS.content),
    ...embedProblems(body.embeds, [...at, 'embeds']),
    ...mentionProblems(body.allowed_mentions, [...at, 'allowed_mentions']),
  ];
  const hasSomething = ['content', 'embeds', 'components', 'attachments', 'poll', 'sticker_ids'].some((key) => {
    const value = body[key];
    return Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.length > 0 : isObject(value);
  });
  if (creating && !hasSomething) problems.push({ at, code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message.' });
  return problems;
}

export function autocompleteProblems(data: unknown, at: Problem['at']): Problem[] {
  const choices = isObject(data) && Array.isArray(data.choices) ? (data.choices as unknown[]) : [];
  const problems: Problem[] = [];
  if (choices.length > LIMITS.choices) {
    problems.push({ at: [...at, 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${LIMITS.choices} or fewer in length.` });
  }
  choices.forEach((choice, index) => {
    if (!isObject(choice)) return;
    problems.push(...lengthBetween([...at, 'choices', index, 'name'], choice.name, 1, LIMITS.choiceText));
    if (typeof choice.value === 'string') problems.push(...lengthBetween([...at, 'choices', index, 'value'], choice.value, 1, LIMITS.choiceText));
  });
  return problems;
}

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHAT_INPUT = 1;

function chatInputNameProblems(name: unknown, at: Problem['at']): Problem[] {
  if (typeof name === 'string' && CHAT_INPUT_NAME.test(name) && name === name.toLowerCase()) return [];
  return [{ at, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid: 1-32 lowercase letters, digits, - or _.' }];
}

function optionProblems(options: unknown, at: Problem['at']): Problem[] {
  if (!Array.isArray(options)) return [];
  const problems: Problem[] = [];
  if (options.length > LIMITS.commandOptions) {
    problems.push({ at, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${LIMITS.commandOptions} or fewer in length.` });
  }
  options.forEach((option: unknown, index) => {
    if (!isObject(option)) return;
    const here = [...at, index];
    problems.push(
      ...chatInputNameProblems(option.name, [...here, 'name']),
      ...lengthBetween([...here, 'description'], option.description, 1, LIMITS.commandDescription),
      ...autocompleteProblems(option, here),
      ...optionProblems(option.options, [...here, 'options']),
    );
  });
  return problems;
}

export function commandProblems(command: unknown, at: Problem['at']): Problem[] {
  if (!isObject(command)) return [];
  const type = command.type ?? CHAT_INPUT;
  if (type !== CHAT_INPUT) {
    // User and message context menus: any 1-32 characters (capitals and spaces allowed), no description.
    return [
      ...lengthBetween([...at, 'name'], command.name, 1, LIMITS.commandName),
      ...(command.description ? [{ at: [...at, 'description'], code: 'BASE_TYPE_INVALID', message: 'Context menu commands have an empty description.' }] : []),
    ];
  }
  return [
    ...chatInputNameProblems(command.name, [...at, 'name']),
    ...lengthBetween([...at, 'description'], command.description, 1, LIMITS.commandDescription),
    ...optionProblems(command.options, [...at, 'options']),
  ];
}

const MESSAGE_CALLBACKS = new Set([4, 7]);
const AUTOCOMPLETE_CALLBACK = 8;

/** The documented rules for the bodies of the routes the stand-in serves. */
export function documentedRuleProblems(method: string, route: string, body: unknown): Problem[] {
  const key = `${method} ${route}`;
  switch (key) {
    case 'POST /interactions/{interaction_id}/{interaction_token}/callback': {
      const callback = isObject(body) ? body : {};
      if (MESSAGE_CALLBACKS.has(callback.type as number)) return messageProblems(callback.data, ['data'], { creating: callback.type === 4 });
      if (callback.type === AUTOCOMPLETE_CALLBACK) return autocompleteProblems(callback.data, ['data']);
      return [];
    }
    case 'POST /webhooks/{webhook_id}/{webhook_token}':
    case 'POST /channels/{channel_id}/messages':
      return messageProblems(body, [], { creating: true });
    case 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original':
    case 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}':
    case 'PATCH /channels/{channel_id}/messages/{message_id}':
      return messageProblems(body, [], { creating: false });
    case 'PUT /applications/{application_id}/commands':
    case 'PUT /applications/{application_id}/guilds/{guild_id}/commands':
      return Array.isArray(body) ? body.flatMap((command, index) => commandProblems(command, [index])) : [];
    case 'POST /applications/{application_id}/commands':
    case 'POST /applications/{application_id}/guilds/{guild_id}/commands':
      return commandProblems(body, []);
    default:
      return [];
  }
}

/** Everything wrong with one request body, by the description and by the documented rules. */
export function validateRequestBody(method: string, route: string, body: unknown): Problem[] {
  const fromSpec = specProblems(method, route, body);
  const seen = new Set(fromSpec.map((problem) => `${formatLocation(problem.at)} ${problem.code}`));
  // Where the description already says it (embeds over 10), the documented rule would only repeat it.
  const fromRules = documentedRuleProblems(method, route, body).filter((problem) => !seen.has(`${formatLocation(problem.at)} ${problem.code}`));
  return [...fromSpec, ...fromRules];
}
