/**
 * Stage 3, judge: does the best passage answer? The gates (gates.ts) decline what plainly does not
 * answer; between them, the judge weighs the passage with the answerability model, and a passage it
 * finds unlikely is declined unless what it holds makes up for that.
 */
import { answerProbability } from '../ranker.ts';
import { judgeAnswers } from '../judge-model.ts';
import type { AnalysedQuestion } from '../question.ts';
import type { ResolvedWord } from '../resolve.ts';
import type { Quote } from '../types.ts';
import { firstDecline, sumBeforeAskedNoun, type PassageFacts } from './gates.ts';
import { answeringQuotes } from './quotes.ts';
import type { ReasonCode, ReasonParams } from './reasons.ts';
import type { Reranked, ScoredCandidate } from './rerank.ts';
import { agedAfterNaming, asksKindAlone, askedNameTerms, namingOfAskedThing, passageOf, writesAny, type Candidate } from './retrieve.ts';

/** Below this probability the judge declines rather than answer. */
export const ANSWER_THRESHOLD = 0.42;
/** Least share of the question a sentence must cover when its figure and names vouch for it. */
export const FIGURE_BACKED_COVERAGE = 0.3;

export interface Decline {
  code: ReasonCode;
  params: ReasonParams;
}

/** An answer, by the best passage and the quotes that make it up, or a decline. */
export type Verdict = { best: ScoredCandidate; answering: Quote[]; decline?: undefined } | { decline: Decline };

/** The answerability model finds the candidate likely to answer: what a promoted quotation must pass. */
export function passesProbability(candidate: Candidate): boolean {
  return answerProbability(candidate.features) >= ANSWER_THRESHOLD;
}

/**
 * Answers with the best passage (and the neighbour it leans on), or declines with the first gate that
 * fires. `quotes` are the closest passages, the best first.
 */
export function judge(question: AnalysedQuestion, { best, ranked }: Reranked, searched: ResolvedWord[], quotes: Quote[]): Verdict {
  // Nothing matched at all: the search gate says which words were looked for in vain.
  if (!best) return { decline: firstDecline('search', { question, resolved: searched }) ?? { code: 'nothing-matches', params: {} } };
  let unlikely: boolean | undefined;
  // A method, not an arrow: tsx names an arrow held by a property anew at every call.
  const passage: PassageFacts = {
    question,
    best,
    resolved: best.resolved,
    ranked,
    unlikely() {
      return (unlikely ??= isUnlikely(question, best, ranked));
    },
  };
  const declined = firstDecline('passage', passage);
  if (declined) return { decline: declined };
  const answering = answeringQuotes(best, quotes);
  const wrong = firstDecline('answer', { ...passage, answering });
  return wrong ? { decline: wrong } : { best, answering };
}

/** The model finds the passage unlikely to answer, and nothing it holds makes up for that. */
function isUnlikely(question: AnalysedQuestion, best: ScoredCandidate, ranked: readonly ScoredCandidate[]): boolean {
  // "What does NPWS stand for?" is answered by the sentence that spells it out.
  if (question.abbreviation && spellsOut(best, question.abbreviation)) return false;
  // "What is the name of the ferry?" is answered by the passage that names it, with every name the question gives.
  const { resolved } = best;
  if (namingOfAskedThing(question, best) === 'named' && resolved.every((r, w) => !r.word.isName || best.windowMatched[w])) return false;
  // "What was the final score?" asks only for the kind of figure the passage gives.
  if (asksKindAlone(question, resolved) && best.features.kindMatch) return false;
  // The learned judge when the model file enables it; the answerability model alone otherwise.
  if (judgeAnswers(question, resolved, best, ranked, ANSWER_THRESHOLD)) return false;
  // A sentence holding the very kind of figure asked for, naming every name asked about, answers
  // even when the rest of the question is worded differently ("funding" for "aid").
  const window = passageOf(best.index, best.id).map((n) => best.index.facts[n]!.terms);
  // A person is named by their surname alone after the first mention: of "Katrin Vogel", "Vogel" will do.
  const names = resolved.filter((r, w) => r.word.isName && !resolved[w + 1]?.word.isName);
  const namesWritten = names.length > 0 && names.every((r) => writtenIn(window, r));
  if (best.features.kindMatch && namesWritten && best.features.coverage >= FIGURE_BACKED_COVERAGE) return false;
  // "How old is Katrin Vogel?" — "Vogel, 54, said...": an age that belongs to the person asked about answers.
  if (question.kind === 'age' && best.features.kindMatch) {
    const names = askedNameTerms(resolved);
    if (writesAny(best.index, best.id, names) || agedAfterNaming(best.index, best.id, names)) return false;
  }
  // "How much did the renovation cost?" — "after an 18-month, $42.7 million renovation": a sum written
  // right before a noun of the question is what it cost, however the rest is worded.
  if (question.kind === 'money' && sumBeforeAskedNoun(question, best)) return false;
  return true;
}

/** The word is written in one of the sentences, as typed or in a form of it, not as a synonym or relative. */
function writtenIn(window: readonly (readonly string[])[], r: ResolvedWord): boolean {
  return r.alternatives.some((a) => a.kind !== 'synonym' && a.kind !== 'related' && window.some((terms) => terms.includes(a.term)));
}

/**
 * The candidate writes out the words of `abbreviation` ("National Parks and Wildlife Service" for
 * NPWS), or writes it in brackets after what it stands for, whatever the initials ("The State
 * Meteorological Agency (AEMET)").
 */
export function spellsOut(candidate: Candidate, abbreviation: string): boolean {
  const text = candidate.index.article.sentences[candidate.id]!.text;
  const bracketed = text.indexOf(`(${abbreviation})`);
  // Not at the sentence's start: "(AEMET) said" introduces nothing.
  if (bracketed > 0) return true;
  const phrase = candidate.index.phraseSpelling(abbreviation);
  const terms = candidate.index.facts[candidate.id]!.terms;
  return phrase !== undefined && phrase.every((term) => terms.includes(term));
}
