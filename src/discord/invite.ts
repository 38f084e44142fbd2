/**
 * `npm run invite`: the links that add the bot to a server (bot + commands, with the permissions
 * it needs to answer mentions) and to a person's account (commands everywhere they go).
 */
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { pathToFileURL } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadInviteConfig } from '../config.ts';

/** Read the channel, answer in it (also in threads) with embeds, and reply to the message that asked. */
export const BOT_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
] as const;

const AUTHORIZE_URL = 'https://discord.com/oauth2/authorize';
const GUILD_INSTALL = '0';
const USER_INSTALL = '1';

export function inviteLinks(clientId: string): { server: string; user: string; permissions: string } {
  const permissions = new PermissionsBitField([...BOT_PERMISSIONS]).bitfield.toString();
  const server = new URLSearchParams({ client_id: clientId, scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '), permissions, integration_type: GUILD_INSTALL });
  const user = new URLSearchParams({ client_id: clientId, scope: OAuth2Scopes.ApplicationsCommands, integration_type: USER_INSTALL });
  return { server: `${AUTHORIZE_URL}?${server}`, user: `${AUTHORIZE_URL}?${user}`, permissions };
}

function main(): void {
  loadDotenv({ quiet: true });
  try {
    const links = inviteLinks(loadInviteConfig().clientId);
    console.log(
      [
        'Add the bot to a server (scopes: bot, applications.commands; permissions: View Channels, Send Messages,',
        'Send Messages in Threads, Embed Links, Read Message History):',
        `  ${links.server}`,
        '',
        'Install it to your own account, to use its commands in any server, DM or group DM:',
        `  ${links.user}`,
        '',
        'Both need the install type enabled in the Developer Portal (Installation → Installation Contexts).',
      ].join('\n'),
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
