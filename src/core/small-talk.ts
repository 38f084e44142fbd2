/**
 * Messages that are not questions: "thanks!", "hi", "ok cool", "👍". Only a message made of nothing
 * else is small talk; "thanks, but how much aid was announced?" is a question.
 */
import type { SmallTalk } from './types.ts';

/** "u there?", "are you awake": asking whether the bot is listening, which a greeting answers. */
const PRESENCE = String.raw`(?:are )?(?:you|u) (?:there|around|awake|alive|working|online|still there)|any(?:one|body) (?:there|home|around)`;
const ONLY_PRESENCE = new RegExp(String.raw`^(?:(?:hi|hello|hey) )?(?:${PRESENCE})$`);
/** Questions about the bot itself ("who are you?", "what can you do?"), which its help answers. */
const ABOUT_THE_BOT = String.raw`what can (?:you|u) do|what do (?:you|u) do|how does this work|how do i use (?:this|you|u|it)|(?:who|what) are (?:you|u)|are (?:you|u) (?:a )?(?:bot|robot|human|real|an ai|ai)`;
const ONLY_ABOUT_THE_BOT = new RegExp(String.raw`^(?:(?:hi|hello|hey) )?(?:${ABOUT_THE_BOT})$`);

/** The wordings of each kind. The bot asks nothing, so a "yes" or "no" alone answers nothing: it is an acknowledgement. */
const PHRASES: Record<SmallTalk, string> = {
  thanks: String.raw`(?:thanks|thanx|thnx|thx|thank (?:you|u|ya)|ty|tysm|cheers|ta|much appreciated|(?:i )?appreciate (?:it|that)|(?:good|great|nice|clever|smart) (?:bot|job|work|answer)|well done)(?: (?:so|very) much| a lot| a ton| heaps| loads| again)?`,
  greeting: String.raw`(?:hi|hello|hey|hiya|heya|howdy|greetings|good (?:morning|afternoon|evening|day))(?: there)?|${PRESENCE}`,
  farewell: String.raw`(?:bye|goodbye|good bye|see (?:you|ya)|later|good night|take care)`,
  acknowledgement: String.raw`(?:ok|okay|okey|k|kk|okie|cool|nice|great|awesome|perfect|neat|sweet|excellent|alright|all right|got it|gotcha|i see|makes sense|understood|fair enough|good to know|lol|haha|wow|yes|yep|yup|yeah|sure|no|nope|nah|no worries)`,
  // "you're useless", "bad bot", "that's wrong": said of the bot or its last answer, which nothing in the
  // article answers. "That's terrible" is left alone: it may be said of the news.
  complaint: String.raw`(?:(?:you(?:['’]re| are)|ur|u r)(?: so| really| totally| completely)? (?:useless|wrong|stupid|dumb|bad|terrible|rubbish|unhelpful|not helpful)|(?:that(?:['’]s| is)|this is|it(?:['’]s| is))(?: so| really| totally| completely)? (?:wrong|useless|unhelpful|incorrect|not (?:helpful|right|correct|it|what i (?:asked|meant)))|(?:bad|useless|stupid|dumb|terrible) (?:bot|answer)|wrong(?: answer)?|not helpful|useless|unhelpful)`,
  // "help", "what can you do": how to use the bot, not a question about the article ("help" alone is no aid).
  help: String.raw`(?:help(?: me)?(?: please| pls| plz)?|commands|${ABOUT_THE_BOT})`,
};
/** Who the small talk may be addressed to: "thanks bot", "hi everyone". */
const ADDRESSEE = String.raw`(?: (?:bot|mate|buddy|friend|everyone|all|guys|folks))?`;
const PHRASE = Object.values(PHRASES).join('|');
const ONLY_SMALL_TALK = new RegExp(String.raw`^(?:(?:${PHRASE})${ADDRESSEE}(?: |$))+$`);
const KINDS = (Object.entries(PHRASES) as [SmallTalk, string][]).map(([kind, phrase]) => [kind, new RegExp(String.raw`(?:^| )(?:${phrase})(?= |$)`)] as const);

/**
 * Small talk opening a question, up to the punctuation (or "but") that ends it: "thanks! who runs
 * the ferry?", "ok, and how much?". Without the punctuation it may be part of the question: "Great
 * Britain", "Sure Start".
 */
const OPENING_END = /[!.,;:…]|\sbut\b/i;
const SMALL_TALK_OPENING = new RegExp(String.raw`^(?:(?:${PHRASE})${ADDRESSEE}\s*(?:[!.,;:…]+|\s+but)\s*(?:(?:but|and|so|also|now)[\s,]*)?)+`, 'iu');

/** Emoji and Discord's custom emoji, which carry no words. */
const EMOJI = /<a?:\w+:\d+>|\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D/gu;
/** Skin tones, presentation selectors and joiners, which change how an emoji looks but not what it says. */
const EMOJI_MODIFIERS = /[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\s/gu;
/** The emoji that are small talk on their own, strongest first; any other emoji alone is left to the engine. */
const KNOWN_EMOJI: [SmallTalk, string][] = [
  ['thanks', '🙏❤♥💙💚💛💜🧡🤍'],
  ['greeting', '👋'],
  ['acknowledgement', '👍👌🙂😊😀😃😄😁✅🎉👏🆗💯'],
];

function emojiSmallTalk(text: string): SmallTalk | undefined {
  const emoji = [...text.replace(EMOJI_MODIFIERS, '')];
  if (emoji.length === 0 || !emoji.every((e) => KNOWN_EMOJI.some(([, known]) => known.includes(e)))) return undefined;
  return KNOWN_EMOJI.find(([, known]) => emoji.some((e) => known.includes(e)))?.[0];
}

/** Small talk is short; a longer message is a question, and the pattern never meets a long text. */
const MAX_SMALL_TALK_LENGTH = 60;

/** Out here, not in the function using it: esbuild writes a pattern with a Unicode property outside brackets as `new RegExp(...)`, made at every call. */
const LETTER_HELD_DOWN = /(\p{L})\1{2,}/gu;

/** What kind of small talk the message is, or undefined when it is (or may be) a question. */
export function smallTalkIn(text: string): SmallTalk | undefined {
  if (text.length > MAX_SMALL_TALK_LENGTH) return undefined;
  // A question mark is kept below, and no small talk holds one but a check that the bot is there: "ok?" may ask something.
  if (text.includes('?')) {
    const asked = text.toLowerCase().replace(/[?!.,\s]+/g, ' ').trim();
    return ONLY_PRESENCE.test(asked) ? 'greeting' : ONLY_ABOUT_THE_BOT.test(asked) ? 'help' : undefined;
  }
  const words = text
    .toLowerCase()
    .replace(EMOJI, ' ')
    // Smileys and the punctuation of chat (not the question mark: see above).
    .replace(/:-?d\b|[!.,;:~…)(]+/g, ' ')
    // "thanksss", "hiii", "okkk": a letter held down is the same word.
    .replace(LETTER_HELD_DOWN, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (!words) return emojiSmallTalk(text);
  if (!ONLY_SMALL_TALK.test(words)) return undefined;
  // Thanks outranks a greeting, a greeting a farewell, a farewell a plain "ok": "ok thanks" is thanks.
  return KINDS.find(([, pattern]) => pattern.test(words))?.[0];
}

/**
 * Chat around a question that is no part of it: "hey quick q", "quick question:", "can you tell me"
 * before it, "thx", "thanks!", "cheers", "according to the article" after it. A greeting is dropped
 * here only before a question word: "Hi Ferries Ltd" may be a name.
 */
const QUESTION_FOLLOWS = String.raw`(?=(?:how|what|who|when|where|why|which|is|are|was|were|did|does|do|can|will)\b)`;
const GREETING_BEFORE_QUESTION = new RegExp(
  String.raw`^(?:(?:hey|hi|hello|yo)\b[\s,!.:-]*)?(?:(?:quick (?:q|qn|question)|question|check this|so|ok(?:ay)?|also|btw|um+|hmm+|well)\b[\s,!.:?-]*)?${QUESTION_FOLLOWS}`,
  'i',
);
/** Asking to be told, before the question itself: "can you tell me how much...", "i want to know who...". */
const ASKING_BEFORE_QUESTION = new RegExp(
  String.raw`^(?:(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|show) me|(?:do|did) (?:you|u) know|i(?:['’]d| would)? (?:want|wanna|like|need) to know|i(?:['’]m| am) (?:wondering|curious)|i wonder|just wondering|please tell me|tell me)\b[\s,:-]*${QUESTION_FOLLOWS}`,
  'i',
);
/** The reader naming the source they ask about: "according to the article, ...", "... based on the story?". */
const NAMES_SOURCE = /according to|based on|^in (?:the|this) /i;
const SOURCE_AROUND_QUESTION = /^(?:according to|based on|in) (?:the|this) (?:article|story|text|report|piece)[\s,:-]+|[\s,]*(?:according to|based on) (?:the|this) (?:article|story|text|report|piece)(?=[\s?.!]*$)/i;
const THANKS_AFTER_QUESTION = /(?<=[\p{L}\p{N}?])[\s,!.?-]+(?:thx|thanks|thank you|ty|cheers|ta)(?: (?:so much|a lot|in advance))?[\s!.]*$/iu;

/** The slash command typed into a message as text ("/ask question: how much was the buyback?"), which only opens the question. */
const TYPED_ASK = /^\/ask\b[\s:]*(?:question\s*:\s*)?/i;

/** The question without the small talk around it ("thanks! who runs the ferry?", "hey quick q how many stalls flooded? thx"). */
export function withoutSmallTalkAround(typed: string): string {
  const text = typed.replace(TYPED_ASK, '');
  const opened = withoutSmallTalkOpening(text);
  const sourced = NAMES_SOURCE.test(opened) ? opened.replace(SOURCE_AROUND_QUESTION, '') : opened;
  const trimmed = sourced.replace(GREETING_BEFORE_QUESTION, '').replace(ASKING_BEFORE_QUESTION, '').replace(THANKS_AFTER_QUESTION, '');
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : opened;
}

/** The question without the small talk opening it ("thanks! who runs the ferry?" asks "who runs the ferry?"). */
function withoutSmallTalkOpening(text: string): string {
  // The opening ends at punctuation or "but": a question without either has none.
  if (!OPENING_END.test(text)) return text;
  const opening = SMALL_TALK_OPENING.exec(text);
  const rest = opening ? text.slice(opening[0].length) : text;
  // Nothing after the opening: the whole message is small talk, judged by smallTalkIn.
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/** A short, kind reply to small talk, pointing back to what the bot is for. */
export const SMALL_TALK_REPLIES: Record<SmallTalk, string> = {
  thanks: 'You’re welcome! Ask me anything else about the article.',
  greeting: 'Hello! Ask me anything about the article: who said what, how much, when.',
  farewell: 'Bye for now! Come back with any question about the article.',
  // Said to "ok" and "cool" as much as to "no" or "nope": it must suit both.
  acknowledgement: 'All right. Ask me anything else about the article whenever you like.',
  complaint: 'Sorry that did not help. I can only quote what the article says: try asking in other words, or about something it covers.',
  help: 'Ask me anything about the article in your own words (who said what, how much, when) and I reply with the sentence that says so, quoted and cited.',
};
