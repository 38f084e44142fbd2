/**
 * The best score each question word earns in each sentence (or paragraph), for one question and
 * one article. Kept in one flat array rather than a row object per sentence: a question touches
 * hundreds of sentences and this is the innermost loop of every search.
 */
export class WordScores {
  /** Ids in the order they were first scored, so that equal totals keep a stable order. */
  readonly ids: number[] = [];
  private width = 0;
  private size = 0;
  private values = new Float64Array(0);
  private scored = new Uint8Array(0);

  /**
   * Empties the table for `size` sentences of `width` question words. The storage is kept from one
   * question to the next and only the rows scored last time are cleared: a fresh table per question
   * costs more than the search itself on a long article.
   */
  reset(size: number, width: number): this {
    if (size * width > this.values.length || size > this.scored.length) {
      this.values = new Float64Array(size * width);
      this.scored = new Uint8Array(size);
    } else {
      // A row is a handful of cells: cleared in a loop, as calling `fill` for each costs more than the clearing.
      const { values, scored, width } = this;
      for (const id of this.ids) {
        for (let at = id * width, end = at + width; at < end; at++) values[at] = 0;
        scored[id] = 0;
      }
    }
    this.ids.length = 0;
    this.width = width;
    this.size = size;
    return this;
  }

  has(id: number): boolean {
    return this.scored[id] === 1;
  }

  get(id: number, word: number): number {
    return this.values[id * this.width + word] ?? 0;
  }

  /** Keeps the higher of the word's current score and `score`. */
  raise(id: number, word: number, score: number): void {
    if (this.scored[id] !== 1) {
      this.scored[id] = 1;
      this.ids.push(id);
    }
    const at = id * this.width + word;
    if (score > this.values[at]!) this.values[at] = score;
  }

  total(id: number): number {
    let sum = 0;
    for (let at = id * this.width, end = at + this.width; at < end; at++) sum += this.values[at]!;
    return sum;
  }

  /** The ids scored so far, in ascending order. */
  idsInOrder(): number[] {
    const inOrder: number[] = [];
    for (let id = 0; id < this.size; id++) if (this.scored[id] === 1) inOrder.push(id);
    return inOrder;
  }

  /** Up to `limit` scored ids with the highest totals, best first; ties keep the order they were scored in. */
  best(limit: number): { id: number; total: number }[] {
    const top: { id: number; total: number }[] = [];
    for (const id of this.ids) {
      const total = this.total(id);
      if (top.length === limit && total <= top[limit - 1]!.total) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.total < total) at--;
      top.splice(at, 0, { id, total });
      if (top.length > limit) top.pop();
    }
    return top;
  }
}
