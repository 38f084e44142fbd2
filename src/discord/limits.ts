/**
 * Discord's documented size limits for what a bot sends, and a checker used as a last line of
 * defence before sending and by the tests of every renderer.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedsTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export interface OutgoingMessage {
  content?: string | undefined;
  embeds?: APIEmbed[] | undefined;
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[] | undefined;
}

/** Characters Discord counts towards the 6000 total of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Every limit the message breaks, in words; empty when it is fine to send. */
export function messageViolations(message: OutgoingMessage): string[] {
  const L = DISCORD_LIMITS;
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters (max ${max})`);
  };
  const content = message.content ?? '';
  const embeds = message.embeds ?? [];
  over('content', content.length, L.content);
  if (!content && embeds.length === 0) problems.push('message is empty');
  if (embeds.length > L.embedsPerMessage) problems.push(`${embeds.length} embeds (max ${L.embedsPerMessage})`);
  embeds.forEach((embed, i) => {
    over(`embed ${i} title`, embed.title?.length ?? 0, L.embedTitle);
    over(`embed ${i} description`, embed.description?.length ?? 0, L.embedDescription);
    over(`embed ${i} footer`, embed.footer?.text.length ?? 0, L.footer);
    over(`embed ${i} author`, embed.author?.name.length ?? 0, L.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > L.embedFields) problems.push(`embed ${i} has ${fields.length} fields (max ${L.embedFields})`);
    fields.forEach((field, j) => {
      over(`embed ${i} field ${j} name`, field.name.length, L.fieldName);
      over(`embed ${i} field ${j} value`, field.value.length, L.fieldValue);
      if (!field.name.trim() || !field.value.trim()) problems.push(`embed ${i} field ${j} is blank`);
    });
    if (!embed.title && !embed.description && fields.length === 0) problems.push(`embed ${i} is empty`);
  });
  over('all embeds together', embeds.reduce((sum, embed) => sum + embedLength(embed), 0), L.embedsTotal);
  const rows = message.components ?? [];
  if (rows.length > L.actionRows) problems.push(`${rows.length} action rows (max ${L.actionRows})`);
  rows.forEach((row, i) => {
    if (row.components.length > L.buttonsPerRow) problems.push(`row ${i} has ${row.components.length} components (max ${L.buttonsPerRow})`);
    row.components.forEach((component, j) => {
      if ('custom_id' in component) over(`row ${i} component ${j} custom id`, component.custom_id.length, L.customId);
      if ('label' in component && component.label) over(`row ${i} component ${j} label`, component.label.length, L.buttonLabel);
    });
  });
  return problems;
}

export interface Choice {
  name: string;
  value: string;
}

export function choiceViolations(choices: readonly Choice[]): string[] {
  const L = DISCORD_LIMITS;
  const problems: string[] = [];
  if (choices.length > L.autocompleteChoices) problems.push(`${choices.length} choices (max ${L.autocompleteChoices})`);
  choices.forEach((choice, i) => {
    if (choice.name.length < 1 || choice.name.length > L.choiceName) problems.push(`choice ${i} name is ${choice.name.length} characters (1 to ${L.choiceName})`);
    if (choice.value.length < 1 || choice.value.length > L.choiceValue) problems.push(`choice ${i} value is ${choice.value.length} characters (1 to ${L.choiceValue})`);
  });
  return problems;
}
