// Two actor fields and a button: the pair a timeline is drawn for.
import { useEffect, useState } from 'preact/hooks';
import { ACTOR_LIST_ID } from './ActorOptions.tsx';

export function PairPicker({ value, onPick, children }: { value: [string, string] | null; onPick(a: string, b: string): void; children?: preact.ComponentChildren }) {
  const [a, setA] = useState(value?.[0] ?? '');
  const [b, setB] = useState(value?.[1] ?? '');
  useEffect(() => {
    setA(value?.[0] ?? '');
    setB(value?.[1] ?? '');
  }, [value?.[0], value?.[1]]);
  return (
    <form
      class="filters"
      aria-label="Pair of actors"
      onSubmit={(e) => {
        e.preventDefault();
        if (a.trim() && b.trim()) onPick(a.trim().toUpperCase(), b.trim().toUpperCase());
      }}
    >
      <div class="field">
        <label for="pair-a">Actor</label>
        <input id="pair-a" list={ACTOR_LIST_ID} value={a} placeholder="TUR" size={8} required onInput={(e) => setA(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="pair-b">and actor</label>
        <input id="pair-b" list={ACTOR_LIST_ID} value={b} placeholder="USA" size={8} required onInput={(e) => setB(e.currentTarget.value)} />
      </div>
      {children}
      <div class="field buttons">
        <button type="submit" class="primary">
          Show
        </button>
      </div>
    </form>
  );
}
