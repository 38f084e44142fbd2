import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  APICommandAutocompleteInteractionResponseCallbackData,
  APIMessage,
  APIUser,
  InteractionResponseType,
  RESTPostAPIChannelMessageJSONBody,
  RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord.js';
import { Gateway, GATEWAY_PATH, RESUME_GATEWAY_PATH, type GatewayLogEntry } from './gateway.ts';
import * as payloads from './payloads.ts';
import { matchRoute, type RestContext, type RestResponse } from './rest.ts';
import {
  describeProblem,
  invalidFormBody,
  loadDiscordApiSpec,
  validateRequestBody,
  type Problem,
  type Violation,
} from './validation.ts';
import { makeUser, snowflakeTime, World, type KnownChannel, type RegisteredCommand } from './world.ts';

const API_PREFIX = '/api/v10';
/** Discord's real interval; tests about zombie connections pass a short one. */
const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;
/** Discord drops an interaction that gets no response within 3 seconds. */
const DEFAULT_INTERACTION_DEADLINE_MS = 3_000;
const DEFAULT_WAIT_MS = 2_000;
const DEFAULT_TOKEN = 'standin-bot-token';
const CALLBACK_ROUTE = '/interactions/{interaction_id}/{interaction_token}/callback';
const CHANNEL_MESSAGES_ROUTE = '/channels/{channel_id}/messages';
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

export interface StandinOptions {
  /** The bot token the stand-in accepts (REST `Authorization: Bot <token>` and gateway IDENTIFY). */
  token?: string;
  /** Recommended shard count answered by GET /gateway/bot. */
  shards?: number;
  /** How many guilds the bot is in; default one per shard. Guild i lands on shard i % shards. */
  guilds?: number;
  /**
   * session_start_limit.max_concurrency; default the shard count, so all shards identify at once
   * (with 1, as for small bots on Discord, discord.js identifies one shard per 5 seconds).
   */
  maxConcurrency?: number;
  applicationId?: string;
  botUser?: Partial<APIUser>;
  heartbeatIntervalMs?: number;
  interactionDeadlineMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path after /api/v10, e.g. `/webhooks/123/tok/messages/@original`. */
  path: string;
  /** The OpenAPI path template, e.g. `/webhooks/{webhook_id}/{webhook_token}/messages/@original`. */
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  /** Names of uploaded files (multipart bodies). */
  files: string[];
  status: number;
  response: unknown;
  /** Why the body was refused (400, code 50035), when it broke the description or a documented rule. */
  problems?: string[];
  /** When it was answered, in ms on the `performance.now()` clock. */
  at: number;
}

export interface Fault {
  method?: string;
  /** Matched against the path and the route template: a string must equal one, a RegExp match one. */
  route: RegExp | string;
  status: 429 | 500 | 502 | 503;
  /** How many matching requests fail; default 1. discord.js retries a 5xx 3 times, so 4 makes it give up. */
  times?: number;
  /** Seconds, for 429 (Retry-After header and retry_after body); default 1. */
  retryAfter?: number;
}

/** A message body the bot sent: content, embeds, components, flags, allowed_mentions... */
export type MessageBody = RESTPostAPIWebhookWithTokenJSONBody & RESTPostAPIChannelMessageJSONBody & { flags?: number };
export type MessageRequest = RecordedRequest & { body: MessageBody };

/** The `data` of an interaction callback: a message body, autocomplete `choices`, or a modal's fields. */
export type CallbackData = MessageBody & Partial<APICommandAutocompleteInteractionResponseCallbackData> & { custom_id?: string; title?: string };

export interface InteractionReply {
  interaction: payloads.InteractionPayload;
  /** The callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete choices, 9 modal. */
  type: InteractionResponseType;
  data: CallbackData | undefined;
  request: RecordedRequest;
  /** From sending INTERACTION_CREATE to receiving the callback (for benchmarks, not test assertions). */
  elapsedMs: number;
  /** The response message as it is now (after any edits), if the callback made or targeted one. */
  message(): APIMessage | undefined;
  /** Successful edits of the original response (PATCH .../messages/@original), oldest first. */
  edits(): MessageRequest[];
  waitForEdit(timeoutMs?: number, predicate?: (request: MessageRequest) => boolean): Promise<MessageRequest>;
  followUps(): MessageRequest[];
  waitForFollowUp(timeoutMs?: number, predicate?: (request: MessageRequest) => boolean): Promise<MessageRequest>;
}

interface Waiter {
  check: () => void;
  cancel: (error: Error) => void;
}

export class DiscordStandin {
  /** Pass as `new Client({ rest: { api: discord.apiUrl } })`; discord.js appends /v10. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly shards: number;
  private readonly maxConcurrency: number;
  /** Every REST request the bot made, in order, with the status it got. */
  readonly requests: RecordedRequest[] = [];
  /** Bodies that broke Discord's OpenAPI description or a documented rule (each was answered 400, code 50035). */
  readonly violations: Violation[] = [];
  /** What crossed the gateway (ops, dispatch names, close codes, events withheld for missing intents). */
  readonly gatewayLog: GatewayLogEntry[] = [];
  private readonly world: World;
  private readonly gateway: Gateway;
  private readonly pendingFaults: (Fault & { remaining: number })[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly interactionDeadlineMs: number;

  constructor(
    private readonly server: Server,
    port: number,
    options: StandinOptions,
  ) {
    this.shards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? this.shards;
    this.interactionDeadlineMs = options.interactionDeadlineMs ?? DEFAULT_INTERACTION_DEADLINE_MS;
    const botUser = makeUser({ username: 'standin-bot', bot: true, ...options.botUser });
    this.world = new World({
      token: options.token ?? DEFAULT_TOKEN,
      applicationId: options.applicationId ?? botUser.id,
      botUser,
      guildCount: options.guilds ?? this.shards,
    });
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}${GATEWAY_PATH}`;
    this.gateway = new Gateway(this.world, {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
      recommendedShards: this.shards,
      onLog: (entry) => this.log(this.gatewayLog, entry),
    });
    this.gateway.setResumeUrl(`ws://127.0.0.1:${port}${RESUME_GATEWAY_PATH}`);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => void this.serve(request, response));
    server.on('upgrade', (request, socket, head: Buffer) => this.gateway.handleUpgrade(request, socket, head));
  }

  /** The bot token to log in with. */
  get token(): string {
    return this.world.token;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  get botUser(): APIUser {
    return this.world.botUser;
  }
  /** The user who acts in tests unless another is given. */
  get tester(): APIUser {
    return this.world.tester;
  }
  get guilds() {
    return this.world.guilds;
  }

  /** A new user who can run commands and send messages (`{ user }` in the builders). */
  addUser(username: string): APIUser {
    return this.world.addUser({ username });
  }

  /** The commands the bot registered: global ones, or those of one guild. */
  commands(guildId?: string): RegisteredCommand[] {
    return [...this.world.commandsOf(guildId).values()];
  }

  /** Which shard receives the events of this guild (by the shard count the bot identified with). */
  shardOf(guildId: string): number {
    return this.gateway.shardFor(guildId);
  }

  // ------------------------------------------------------------ builders (payloads, not yet sent)

  slashCommand(name: string, options?: payloads.CommandOptions, context?: payloads.InteractionContext) {
    return payloads.slashCommand(this.world, name, options, context);
  }
  autocomplete(name: string, options: payloads.OptionValues, focused: string, context?: payloads.InteractionContext) {
    return payloads.autocomplete(this.world, name, options, focused, context);
  }
  buttonPress(customId: string | RegExp, context?: Parameters<typeof payloads.buttonPress>[2]) {
    return payloads.buttonPress(this.world, customId, context);
  }
  messageContextMenu(name: string, target: APIMessage, context?: Parameters<typeof payloads.messageContextMenu>[3]) {
    return payloads.messageContextMenu(this.world, name, target, context);
  }
  /** A message from a user, stored but not sent (a context-menu target, or pass it to `sendMessage`). */
  userMessage(options: payloads.UserMessageOptions): APIMessage {
    return payloads.userMessage(this.world, options);
  }
  /** Opens a public thread on a server message ("Create Thread"), telling the bot with THREAD_CREATE; post in it with `channelId`. */
  openThread(message: APIMessage, name = 'thread'): string {
    const thread = this.world.threadOn(message, name);
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true }, thread.guild_id);
    return thread.id;
  }

  /** A channel as the stand-in knows it (a guild channel, a DM, a thread). */
  channel(channelId: string): KnownChannel | undefined {
    return this.world.channels.get(channelId);
  }

  /** The messages in a channel, oldest first (the bot's and the users'). */
  messagesIn(channelId: string): APIMessage[] {
    return [...this.world.messages.values()].filter((message) => message.channel_id === channelId);
  }

  // ------------------------------------------------------------ driving the bot

  /**
   * Sends INTERACTION_CREATE and resolves with the bot's callback, or rejects if the bot answers
   * with a body Discord would refuse or not within the deadline (3 s like Discord, unless configured),
   * counted like Discord's from when the interaction was created (its id says when).
   */
  async interact(interaction: payloads.InteractionPayload, { timeoutMs: deadlineMs = this.interactionDeadlineMs } = {}): Promise<InteractionReply> {
    const answerBy = snowflakeTime(interaction.id) + deadlineMs;
    const timeoutMs = Math.max(0, answerBy - Date.now());
    this.world.interactions.set(interaction.token, {
      payload: interaction,
      answerBy,
      acknowledged: false,
    });
    const sentAt = performance.now();
    this.gateway.dispatch('INTERACTION_CREATE', interaction, interaction.guild_id);
    const isCallback = (request: RecordedRequest) => request.route === CALLBACK_ROUTE && request.params.interaction_token === interaction.token;
    const request = await this.waitForRequest(
      (request) => isCallback(request) && (request.status < 300 || request.problems !== undefined),
      timeoutMs,
      `The bot did not answer the interaction ${deadlineMs} ms after Discord created it (Discord's deadline; deferReply() buys 15 minutes)`,
    );
    if (request.problems) throw new Error(`Discord would refuse the bot's answer: ${request.problems.join('; ')}`);
    return this.interactionReply(interaction, request, request.at - sentAt);
  }

  private interactionReply(interaction: payloads.InteractionPayload, request: RecordedRequest, elapsedMs: number): InteractionReply {
    const webhookPath = `/webhooks/${this.world.applicationId}/${interaction.token}`;
    const isEdit = (r: RecordedRequest): r is MessageRequest =>
      r.method === 'PATCH' && r.path === `${webhookPath}/messages/@original` && r.status < 300;
    const isFollowUp = (r: RecordedRequest): r is MessageRequest => r.method === 'POST' && r.path === webhookPath && r.status < 300;
    const callback = request.body as { type: InteractionResponseType; data?: CallbackData };
    return {
      interaction,
      type: callback.type,
      data: callback.data,
      request,
      elapsedMs,
      message: () => {
        const id = this.world.interactions.get(interaction.token)?.originalMessageId;
        return id ? this.world.messages.get(id) : undefined;
      },
      edits: () => this.requests.filter(isEdit),
      waitForEdit: (timeoutMs = DEFAULT_WAIT_MS, predicate = () => true) =>
        this.waitForRequest((r) => isEdit(r) && predicate(r), timeoutMs, 'No edit of the interaction response') as Promise<MessageRequest>,
      followUps: () => this.requests.filter(isFollowUp),
      waitForFollowUp: (timeoutMs = DEFAULT_WAIT_MS, predicate = () => true) =>
        this.waitForRequest((r) => isFollowUp(r) && predicate(r), timeoutMs, 'No follow-up to the interaction') as Promise<MessageRequest>,
    };
  }

  /** Dispatches MESSAGE_CREATE for a user's message (built here from options, or one from `userMessage`). */
  sendMessage(message: payloads.UserMessageOptions | APIMessage): APIMessage {
    const stored = 'id' in message ? message : this.userMessage(message);
    const event = payloads.messageCreate(this.world, stored);
    this.gateway.dispatch('MESSAGE_CREATE', event, event.guild_id);
    return stored;
  }

  /** Any gateway event, routed to the guild's shard (or shard 0); queued for replay while the shard is away. */
  dispatch(eventName: string, data: unknown, guildId?: string): void {
    this.gateway.dispatch(eventName, data, guildId);
  }

  /** Resolves with the first request (already made or still to come) that matches. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = DEFAULT_WAIT_MS, what = 'No matching request'): Promise<RecordedRequest> {
    return this.waitFor(this.requests, predicate, timeoutMs, () => `${what} within ${timeoutMs} ms. ${this.summary()}`);
  }

  /**
   * The next message the bot posts with POST /channels/{id}/messages (in `channelId`, if given):
   * how it answers a DM or a mention. Resolves with the stored message.
   */
  async waitForBotMessage({ channelId, timeoutMs = DEFAULT_WAIT_MS }: { channelId?: string; timeoutMs?: number } = {}): Promise<APIMessage> {
    const request = await this.waitForRequest(
      (r) => r.method === 'POST' && r.route === CHANNEL_MESSAGES_ROUTE && r.status < 300 && (!channelId || r.params.channel_id === channelId),
      timeoutMs,
      `The bot posted no message${channelId ? ` in channel ${channelId}` : ''}`,
    );
    return request.response as APIMessage;
  }

  waitForGateway(predicate: (entry: GatewayLogEntry) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<GatewayLogEntry> {
    return this.waitFor(this.gatewayLog, predicate, timeoutMs, () => `No matching gateway traffic within ${timeoutMs} ms.`);
  }

  // ------------------------------------------------------------ faults

  /** The next `times` requests matching `route` (and `method`) fail with `status`. */
  failNext(fault: Fault): void {
    this.pendingFaults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** Closes the gateway connection of every shard (or one) with `code`; 4000 makes discord.js resume. */
  dropConnection(code = 4000, shard?: number): void {
    this.gateway.drop(code, shard);
  }

  /**
   * Like resetting the token in the developer portal: the old token gets 401 on REST and the gateway
   * closes every session with 4004 (discord.js does not reconnect after that).
   */
  resetToken(newToken: string): void {
    this.world.token = newToken;
    this.gateway.drop(4004);
  }

  /** Stop (or resume) acknowledging heartbeats; discord.js then treats the connection as a zombie and resumes. */
  setHeartbeatAcks(enabled: boolean): void {
    this.gateway.setHeartbeatAcks(enabled);
  }

  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((violation) => `${violation.method} ${violation.route}: ${violation.problems.join('; ')}`);
    throw new Error(`The bot sent ${this.violations.length} request(s) Discord would refuse:\n${lines.join('\n')}`);
  }

  async close(): Promise<void> {
    for (const waiter of this.waiters) waiter.cancel(new Error('The Discord stand-in was closed.'));
    await this.gateway.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ------------------------------------------------------------ internals

  private log<T>(list: T[], entry: T): void {
    list.push(entry);
    for (const waiter of this.waiters) waiter.check();
  }

  private waitFor<T>(list: T[], predicate: (entry: T) => boolean, timeoutMs: number, failure: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const found = list.find(predicate);
          if (found !== undefined) finish(() => resolve(found));
        },
        cancel: (error) => finish(() => reject(error)),
      };
      const timer = setTimeout(() => finish(() => reject(new Error(failure()))), timeoutMs);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        settle();
      };
      this.waiters.add(waiter);
      waiter.check();
    });
  }

  private summary(): string {
    const recent = this.requests.slice(-5).map((r) => `${r.method} ${r.path} -> ${r.status}`);
    return recent.length ? `Latest requests: ${recent.join(', ')}.` : 'The bot made no request.';
  }

  private restContext(): RestContext {
    return {
      world: this.world,
      gatewayUrl: this.gatewayUrl,
      shards: this.shards,
      maxConcurrency: this.maxConcurrency,
      onMessageCreated: (message) => {
        try {
          this.sendMessage(message);
        } catch {
          // No gateway session (a bot using REST only): nobody to tell.
        }
      },
    };
  }

  private takeFault(method: string, path: string, route: string): Fault | undefined {
    const fault = this.pendingFaults.find((candidate) => {
      if (candidate.method && candidate.method.toUpperCase() !== method) return false;
      return typeof candidate.route === 'string'
        ? candidate.route === path || candidate.route === route
        : candidate.route.test(path) || candidate.route.test(route);
    });
    if (!fault) return undefined;
    if (--fault.remaining <= 0) this.pendingFaults.splice(this.pendingFaults.indexOf(fault), 1);
    return fault;
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const path = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length).split('/').map(decodeURIComponent).join('/')
      : url.pathname;
    const { body, files } = await readBody(request);
    const matched = url.pathname.startsWith(API_PREFIX) ? matchRoute(method, path) : undefined;
    const route = matched?.route.template ?? path;
    let result: RestResponse;
    if (!matched) {
      result = { status: 404, body: { message: `404: Not Found (the Discord stand-in has no route ${method} ${path})`, code: 0 } };
    } else if (matched.route.auth && request.headers.authorization !== `Bot ${this.world.token}`) {
      result = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    } else {
      const fault = this.takeFault(method, path, route);
      const problems: Problem[] = fault || !BODY_METHODS.has(method) ? [] : validateRequestBody(method, route, body);
      if (fault) result = faultResponse(fault);
      else if (problems.length > 0) result = { status: 400, problems };
      else result = matched.route.handle({ method, path, route, params: matched.params, query: url.searchParams, body }, this.restContext());
    }
    const problems = result.problems?.length ? result.problems.map(describeProblem) : undefined;
    if (result.problems && problems) {
      result.body = invalidFormBody(result.problems);
      this.violations.push({ method, path, route, problems, body });
    }
    const recorded: RecordedRequest = {
      method,
      path,
      route,
      params: matched?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      status: result.status,
      response: result.body,
      ...(problems ? { problems } : {}),
      at: performance.now(),
    };
    response.writeHead(result.status, {
      ...(result.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...result.headers,
    });
    response.end(result.body === undefined ? undefined : JSON.stringify(result.body));
    this.log(this.requests, recorded);
  }
}

function faultResponse(fault: Fault): RestResponse {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter ?? 1;
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfter), 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    };
  }
  return { status: fault.status, body: { message: `${fault.status}: Server error`, code: 0 } };
}

/** JSON, or multipart with `payload_json` and files (as discord.js sends attachments). */
async function readBody(request: IncomingMessage): Promise<{ body: unknown; files: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [] };
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const json = form.get('payload_json');
    const files = [...form.values()].flatMap((value) => (typeof value === 'string' ? [] : [(value as Blob & { name?: string }).name ?? 'file']));
    return { body: typeof json === 'string' ? JSON.parse(json) : {}, files };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    return { body: raw.toString('utf8'), files: [] };
  }
}

/**
 * Starts the stand-in on 127.0.0.1 (a free port): REST under `apiUrl`, the gateway on the same port.
 * Loads Discord's OpenAPI description first (once per process) so the first reply is not slowed by it.
 */
export async function startDiscordStandin(options: StandinOptions = {}): Promise<DiscordStandin> {
  loadDiscordApiSpec();
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return new DiscordStandin(server, (server.address() as AddressInfo).port, options);
}

