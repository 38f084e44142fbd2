/**
 * The REST routes a bot uses, answering like Discord: whole objects, snowflake ids, Discord's error
 * codes (10003 Unknown Channel, 10008 Unknown Message, 10015 Unknown Webhook, 10062 Unknown
 * interaction, 40060 already acknowledged). Templates are the OpenAPI description's, so the same
 * string selects the schema that validates the body.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIMessage,
} from 'discord.js';
import { snowflake, type PendingInteraction, type RegisteredCommand, type World } from './world.ts';
import type { Problem } from './validation.ts';

export interface RestRequest {
  method: string;
  /** Decoded path after /api/v10, e.g. /webhooks/1/abc/messages/@original. */
  path: string;
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Problems with what the bot sent that only the route could see (recorded as violations). */
  problems?: Problem[];
}

export interface RestContext {
  world: World;
  gatewayUrl: string;
  shards: number;
  /** How many shards may identify at once (session_start_limit.max_concurrency). */
  maxConcurrency: number;
  /** Discord also tells the bot, over the gateway, about the messages it creates. */
  onMessageCreated: (message: APIMessage) => void;
}

interface Route {
  method: string;
  template: string;
  /** Interaction callbacks and interaction webhooks are authorised by their token, not the bot token. */
  auth: boolean;
  handle: (request: RestRequest, context: RestContext) => RestResponse;
}

const ok = (body: unknown, status = 200): RestResponse => ({ status, body });
const noContent = (): RestResponse => ({ status: 204 });
const discordError = (status: number, code: number, message: string): RestResponse => ({ status, body: { message, code } });
const invalid = (problems: Problem[]): RestResponse => ({ status: 400, problems });

const unknownChannel = () => discordError(404, 10003, 'Unknown Channel');
const unknownMessage = () => discordError(404, 10008, 'Unknown Message');
const unknownWebhook = () => discordError(404, 10015, 'Unknown Webhook');
const unknownInteraction = () => discordError(404, 10062, 'Unknown interaction');

type Body = Record<string, unknown>;
const asBody = (body: unknown): Body => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : {});

// ---------------------------------------------------------------- commands

function registerCommand(world: World, body: Body, guildId: string | undefined, existing: Map<string, RegisteredCommand>) {
  const type = (body.type as number | undefined) ?? ApplicationCommandType.ChatInput;
  const previous = [...existing.values()].find((command) => command.name === body.name && command.type === type);
  return {
    description: '',
    options: [],
    default_member_permissions: null,
    nsfw: false,
    contexts: null,
    integration_types: guildId ? undefined : [ApplicationIntegrationType.GuildInstall],
    name_localizations: null,
    description_localizations: null,
    ...body,
    type,
    id: previous?.id ?? snowflake(),
    application_id: world.applicationId,
    version: snowflake(),
    ...(guildId ? { guild_id: guildId } : {}),
  } as unknown as RegisteredCommand;
}

function commandsRoutes(guildScoped: boolean): Route[] {
  const template = guildScoped ? '/applications/{application_id}/guilds/{guild_id}/commands' : '/applications/{application_id}/commands';
  const scope = ({ params }: RestRequest, { world }: RestContext) => {
    if (params.application_id !== world.applicationId) return null;
    if (params.guild_id && !world.guild(params.guild_id)) return null;
    return world.commandsOf(params.guild_id);
  };
  return [
    {
      method: 'GET',
      template,
      auth: true,
      handle: (request, context) => {
        const commands = scope(request, context);
        return commands ? ok([...commands.values()]) : discordError(404, 10002, 'Unknown Application');
      },
    },
    {
      method: 'PUT',
      template,
      auth: true,
      handle: (request, context) => {
        const commands = scope(request, context);
        if (!commands) return discordError(404, 10002, 'Unknown Application');
        const list = Array.isArray(request.body) ? request.body.map(asBody) : [];
        const registered = list.map((body) => registerCommand(context.world, body, request.params.guild_id, commands));
        commands.clear();
        for (const command of registered) commands.set(command.id, command);
        return ok(registered);
      },
    },
    {
      method: 'POST',
      template,
      auth: true,
      handle: (request, context) => {
        const commands = scope(request, context);
        if (!commands) return discordError(404, 10002, 'Unknown Application');
        const command = registerCommand(context.world, asBody(request.body), request.params.guild_id, commands);
        const isNew = !commands.has(command.id);
        commands.set(command.id, command);
        return ok(command, isNew ? 201 : 200);
      },
    },
  ];
}

// ---------------------------------------------------------------- interactions

/** Which callbacks Discord accepts for which kind of interaction. */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [InteractionType.ApplicationCommand]: [4, 5, 9],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
  [InteractionType.ModalSubmit]: [4, 5, 6, 7],
};

function interactionMessageType(pending: PendingInteraction): MessageType {
  const data = pending.payload.data as { type?: number } | undefined;
  if (pending.payload.type !== InteractionType.ApplicationCommand) return MessageType.Default;
  return data?.type === ApplicationCommandType.ChatInput ? MessageType.ChatInputCommand : MessageType.ContextMenuCommand;
}

/** A message the bot creates through an interaction: authored by the bot, sent by the application's webhook. */
function interactionMessage(world: World, pending: PendingInteraction, body: Body, extraFlags = 0): APIMessage {
  const { payload } = pending;
  const user = 'user' in payload ? payload.user : (payload as { member?: { user: unknown } }).member?.user;
  const data = payload.data as { name?: string; type?: number } | undefined;
  const message = world.storeMessage({
    channel_id: payload.channel.id,
    author: world.botUser,
    type: interactionMessageType(pending),
    webhook_id: world.applicationId,
    application_id: world.applicationId,
    interaction_metadata: {
      id: payload.id,
      type: payload.type,
      user,
      authorizing_integration_owners: (payload as { authorizing_integration_owners?: object }).authorizing_integration_owners ?? {},
      ...(data?.name ? { name: data.name, command_type: data.type } : {}),
    } as APIMessage['interaction_metadata'],
  });
  world.applyMessageBody(message, body, { edit: false });
  message.flags = ((body.flags as number | undefined) ?? 0) | extraFlags;
  return message;
}

function isEphemeral(message: APIMessage): boolean {
  return Boolean((message.flags ?? 0) & MessageFlags.Ephemeral);
}

function interactionCallback(request: RestRequest, { world, onMessageCreated }: RestContext): RestResponse {
  const pending = world.interactions.get(request.params.interaction_token ?? '');
  if (!pending || pending.payload.id !== request.params.interaction_id) return unknownInteraction();
  if (pending.acknowledged) return discordError(400, 40060, 'Interaction has already been acknowledged.');
  if (Date.now() > pending.answerBy) return unknownInteraction();
  const body = asBody(request.body);
  const type = body.type as number;
  if (!ALLOWED_CALLBACKS[pending.payload.type]?.includes(type)) {
    return invalid([{ at: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: `Callback type ${type} is not valid for interaction type ${pending.payload.type}.` }]);
  }
  const data = asBody(body.data);
  let message: APIMessage | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource:
      message = interactionMessage(world, pending, data);
      break;
    case InteractionResponseType.DeferredChannelMessageWithSource:
      message = interactionMessage(world, pending, { ...data, content: '' }, MessageFlags.Loading);
      break;
    case InteractionResponseType.DeferredMessageUpdate:
    case InteractionResponseType.UpdateMessage:
      message = pending.payload.message && world.messages.get(pending.payload.message.id);
      if (message && type === InteractionResponseType.UpdateMessage) world.applyMessageBody(message, data, { edit: true });
      break;
  }
  pending.acknowledged = true;
  pending.originalMessageId = message?.id;
  const created = type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.DeferredChannelMessageWithSource;
  if (message && created && !isEphemeral(message)) onMessageCreated(message);
  if (request.query.get('with_response') !== 'true') return noContent();
  return ok({
    interaction: {
      id: pending.payload.id,
      type: pending.payload.type,
      activity_instance_id: null,
      response_message_id: message?.id ?? null,
      response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
      response_message_ephemeral: message ? isEphemeral(message) : false,
    },
    resource: { type, ...(message ? { message } : {}) },
  });
}

/** The interaction whose token authorises this webhook route, or an error response. */
function webhookInteraction({ params }: RestRequest, world: World): PendingInteraction | RestResponse {
  const pending = world.interactions.get(params.webhook_token ?? '');
  return pending && params.webhook_id === world.applicationId ? pending : unknownWebhook();
}

function webhookMessage(request: RestRequest, world: World): { pending: PendingInteraction; message: APIMessage } | RestResponse {
  const pending = webhookInteraction(request, world);
  if ('status' in pending) return pending;
  const id = request.params.message_id ?? pending.originalMessageId;
  const message = id ? world.messages.get(id) : undefined;
  return message ? { pending, message } : unknownMessage();
}

function webhookMessageRoutes(template: string): Route[] {
  return [
    {
      method: 'GET',
      template,
      auth: false,
      handle: (request, { world }) => {
        const found = webhookMessage(request, world);
        return 'status' in found ? found : ok(found.message);
      },
    },
    {
      method: 'PATCH',
      template,
      auth: false,
      handle: (request, { world }) => {
        const found = webhookMessage(request, world);
        if ('status' in found) return found;
        const message = world.applyMessageBody(found.message, asBody(request.body), { edit: true });
        message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
        return ok(message);
      },
    },
    {
      method: 'DELETE',
      template,
      auth: false,
      handle: (request, { world }) => {
        const found = webhookMessage(request, world);
        if ('status' in found) return found;
        world.messages.delete(found.message.id);
        return noContent();
      },
    },
  ];
}

function followUp(request: RestRequest, { world, onMessageCreated }: RestContext): RestResponse {
  const pending = webhookInteraction(request, world);
  if ('status' in pending) return pending;
  if (!pending.acknowledged) return unknownWebhook();
  const message = interactionMessage(world, pending, asBody(request.body));
  message.type = MessageType.Default;
  if (!isEphemeral(message)) onMessageCreated(message);
  return request.query.get('wait') === 'true' ? ok(message) : noContent();
}

// ---------------------------------------------------------------- channels

function createChannelMessage(request: RestRequest, { world, onMessageCreated }: RestContext): RestResponse {
  const channel = world.channels.get(request.params.channel_id ?? '');
  if (!channel) return unknownChannel();
  const body = asBody(request.body);
  const reference = asBody(body.message_reference);
  const referenced = typeof reference.message_id === 'string' ? world.messages.get(reference.message_id) : undefined;
  if (reference.message_id && !referenced && reference.fail_if_not_exists !== false) {
    return invalid([{ at: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
  }
  const message = world.storeMessage({
    channel_id: channel.id,
    author: world.botUser,
    ...(referenced
      ? {
          type: MessageType.Reply,
          message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id, ...('guild_id' in channel ? { guild_id: channel.guild_id } : {}) },
          referenced_message: referenced,
        }
      : {}),
  });
  world.applyMessageBody(message, body, { edit: false });
  onMessageCreated(message);
  return ok(message);
}

const ROUTES: Route[] = [
  { method: 'GET', template: '/users/@me', auth: true, handle: (_, { world }) => ok(world.botUser) },
  { method: 'GET', template: '/applications/@me', auth: true, handle: (_, { world }) => ok(world.application()) },
  { method: 'GET', template: '/gateway', auth: false, handle: (_, { gatewayUrl }) => ok({ url: gatewayUrl }) },
  {
    method: 'GET',
    template: '/gateway/bot',
    auth: true,
    handle: (_, { gatewayUrl, shards, maxConcurrency }) =>
      ok({ url: gatewayUrl, shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: maxConcurrency } }),
  },
  ...commandsRoutes(false),
  ...commandsRoutes(true),
  { method: 'POST', template: '/interactions/{interaction_id}/{interaction_token}/callback', auth: false, handle: interactionCallback },
  ...webhookMessageRoutes('/webhooks/{webhook_id}/{webhook_token}/messages/@original'),
  ...webhookMessageRoutes('/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}'),
  { method: 'POST', template: '/webhooks/{webhook_id}/{webhook_token}', auth: false, handle: followUp },
  {
    method: 'GET',
    template: '/channels/{channel_id}',
    auth: true,
    handle: ({ params }, { world }) => {
      const channel = world.channels.get(params.channel_id ?? '');
      return channel ? ok(channel) : unknownChannel();
    },
  },
  { method: 'POST', template: '/channels/{channel_id}/messages', auth: true, handle: createChannelMessage },
  {
    method: 'GET',
    template: '/channels/{channel_id}/messages/{message_id}',
    auth: true,
    handle: ({ params }, { world }) => {
      const message = world.messages.get(params.message_id ?? '');
      return message && message.channel_id === params.channel_id ? ok(message) : unknownMessage();
    },
  },
  {
    method: 'POST',
    template: '/channels/{channel_id}/typing',
    auth: true,
    handle: ({ params }, { world }) => (world.channels.has(params.channel_id ?? '') ? noContent() : unknownChannel()),
  },
  {
    method: 'POST',
    template: '/users/@me/channels',
    auth: true,
    handle: ({ body }, { world }) => {
      const user = world.user(String(asBody(body).recipient_id));
      return user ? ok(world.dmChannel(user)) : discordError(400, 50007, 'Cannot send messages to this user');
    },
  },
];

export interface MatchedRoute {
  route: Route;
  params: Record<string, string>;
}

/** The route for a decoded path; literal segments (`@original`, `@me`) win over parameters by coming first. */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  const segments = path.split('/');
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const expected = route.template.split('/');
    if (expected.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = expected.every((part, index) => {
      const actual = segments[index]!;
      if (part.startsWith('{')) {
        params[part.slice(1, -1)] = actual;
        return actual.length > 0;
      }
      return part === actual;
    });
    if (matches) return { route, params };
  }
  return undefined;
}
