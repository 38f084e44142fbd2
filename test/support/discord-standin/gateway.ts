/**
 * Gateway v10 over JSON without compression: HELLO, IDENTIFY (token and shard checked), READY and the
 * GUILD_CREATEs of the shard's guilds, heartbeats, RESUME with replay of what the bot missed, and
 * close codes on demand. Guild events go to shard (guild_id >> 22) % shard count; DMs to shard 0.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { shardOf, type World } from './world.ts';

export const GATEWAY_PATH = '/gateway';
export const RESUME_GATEWAY_PATH = '/gateway/resume';

interface Dispatch {
  op: GatewayOpcodes.Dispatch;
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Every dispatch of the session, so a RESUME can replay those the bot has not seen. */
  sent: Dispatch[];
  socket: WebSocket | null;
}

/** What crossed the gateway, for tests that check how the bot (re)connected. */
export interface GatewayLogEntry {
  shard: number | null;
  from: 'bot' | 'discord';
  op: number;
  t?: string;
  /** Set when a dispatch was not delivered, with the reason (a missing intent). */
  withheld?: string;
  closeCode?: number;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  /** The shard count before any shard has identified (the one GET /gateway/bot recommends). */
  recommendedShards: number;
  onLog: (entry: GatewayLogEntry) => void;
}

export class Gateway {
  readonly server = new WebSocketServer({ noServer: true });
  /** The live session of each shard id. */
  private readonly sessions = new Map<number, Session>();
  private ackHeartbeats = true;
  private resumeUrl = '';

  constructor(
    private readonly world: World,
    private readonly options: GatewayOptions,
  ) {}

  setResumeUrl(url: string): void {
    this.resumeUrl = url;
  }

  setHeartbeatAcks(enabled: boolean): void {
    this.ackHeartbeats = enabled;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname !== GATEWAY_PATH && pathname !== RESUME_GATEWAY_PATH) {
      socket.destroy();
      return;
    }
    this.server.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    let session: Session | null = null;
    this.send(ws, null, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    ws.on('message', (raw: RawData) => {
      let payload: { op?: number; d?: Record<string, unknown> | number | null };
      try {
        payload = JSON.parse(raw.toString()) as typeof payload;
      } catch {
        ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      const op = payload.op ?? -1;
      const shardId = session?.shard[0] ?? null;
      this.options.onLog({ shard: shardId, from: 'bot', op });
      const data = typeof payload.d === 'object' && payload.d !== null ? payload.d : {};
      switch (op) {
        case GatewayOpcodes.Heartbeat:
          if (this.ackHeartbeats) this.send(ws, shardId, { op: GatewayOpcodes.HeartbeatAck });
          return;
        case GatewayOpcodes.Identify:
          if (session) return this.close(ws, GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          session = this.identify(ws, data);
          return;
        case GatewayOpcodes.Resume:
          if (session) return this.close(ws, GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          session = this.resume(ws, data);
          return;
        case GatewayOpcodes.PresenceUpdate:
        case GatewayOpcodes.RequestGuildMembers:
        case GatewayOpcodes.VoiceStateUpdate:
          if (!session) this.close(ws, GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
          return;
        default:
          this.close(ws, GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
      }
    });
    ws.on('close', () => {
      if (session?.socket === ws) session.socket = null;
    });
  }

  private identify(ws: WebSocket, data: Record<string, unknown>): Session | null {
    if (data.token !== this.world.token) {
      this.close(ws, GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    const [shardId, shardCount] = Array.isArray(data.shard) ? (data.shard as number[]) : [0, 1];
    if (shardId === undefined || shardCount === undefined || shardId < 0 || shardId >= shardCount) {
      this.close(ws, GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return null;
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shard: [shardId, shardCount],
      intents: typeof data.intents === 'number' ? data.intents : 0,
      seq: 0,
      sent: [],
      socket: ws,
    };
    this.sessions.set(shardId, session);
    const guilds = this.world.guilds.filter((guild) => shardOf(guild.id, shardCount) === shardId);
    this.dispatchTo(session, 'READY', {
      v: 10,
      user: this.world.botUser,
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeUrl,
      shard: session.shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["discord-standin",{"micros":0}]'],
    });
    for (const guild of guilds) this.dispatchTo(session, 'GUILD_CREATE', guild);
    return session;
  }

  private resume(ws: WebSocket, data: Record<string, unknown>): Session | null {
    if (data.token !== this.world.token) {
      this.close(ws, GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return null;
    }
    const session = [...this.sessions.values()].find((candidate) => candidate.id === data.session_id);
    if (!session) {
      // Not resumable: the bot must identify again.
      this.send(ws, null, { op: GatewayOpcodes.InvalidSession, d: false });
      return null;
    }
    session.socket = ws;
    const lastSeen = typeof data.seq === 'number' ? data.seq : 0;
    for (const dispatch of session.sent) if (dispatch.s > lastSeen) this.send(ws, session.shard[0], dispatch);
    this.dispatchTo(session, 'RESUMED', null);
    return session;
  }

  /** Sends an event the way Discord routes it, or queues it for replay when the shard is disconnected. */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const shardId = guildId ? this.shardFor(guildId) : 0;
    const session = this.sessions.get(shardId);
    if (!session) throw new Error(`No bot session on shard ${shardId}: log the client in before sending ${t}.`);
    const withheld = this.missingIntent(t, d, session.intents);
    if (withheld) {
      this.options.onLog({ shard: shardId, from: 'discord', op: GatewayOpcodes.Dispatch, t, withheld });
      return;
    }
    this.dispatchTo(session, t, this.redactContent(t, d, session.intents));
  }

  shardFor(guildId: string): number {
    const shardCount = [...this.sessions.values()][0]?.shard[1] ?? this.options.recommendedShards;
    return shardOf(guildId, shardCount);
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    const dispatch: Dispatch = { op: GatewayOpcodes.Dispatch, s: ++session.seq, t, d };
    session.sent.push(dispatch);
    if (session.socket) this.send(session.socket, session.shard[0], dispatch);
  }

  /** Discord only sends message events to bots that asked for them. */
  private missingIntent(t: string, d: unknown, intents: number): string | undefined {
    if (t !== 'MESSAGE_CREATE' && t !== 'MESSAGE_UPDATE') return undefined;
    const inGuild = Boolean((d as { guild_id?: string }).guild_id);
    const needed = inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
    return intents & needed ? undefined : `missing intent ${GatewayIntentBits[needed]}`;
  }

  /**
   * Without the privileged Message Content intent, guild messages that do not mention the bot arrive
   * empty; the bot's own messages keep their content, as Discord sends an app what it sent.
   */
  private redactContent(t: string, d: unknown, intents: number): unknown {
    if (t !== 'MESSAGE_CREATE' || intents & GatewayIntentBits.MessageContent) return d;
    const message = d as { guild_id?: string; author?: { id: string }; mentions?: { id: string }[] };
    const mentionsBot = message.mentions?.some((user) => user.id === this.world.botUser.id);
    if (!message.guild_id || mentionsBot || message.author?.id === this.world.botUser.id) return d;
    return { ...message, content: '', embeds: [], attachments: [], components: [] };
  }

  /** Closes the shard connections (all, or one) with `code`; the bot decides whether to resume. */
  drop(code: number, shardId?: number): void {
    for (const session of this.sessions.values()) {
      if (shardId !== undefined && session.shard[0] !== shardId) continue;
      const socket = session.socket;
      session.socket = null;
      if (socket) this.close(socket, code, 'Dropped by the test.', session.shard[0]);
    }
  }

  private send(ws: WebSocket, shard: number | null, payload: { op: number; d?: unknown; s?: number; t?: string }): void {
    this.options.onLog({ shard, from: 'discord', op: payload.op, t: payload.t });
    ws.send(JSON.stringify(payload));
  }

  private close(ws: WebSocket, code: number, reason: string, shard: number | null = null): void {
    this.options.onLog({ shard, from: 'discord', op: -1, closeCode: code });
    ws.close(code, reason);
  }

  async stop(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
