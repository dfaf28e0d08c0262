// What a highlighted span was resolved to, and why: the entry or rule behind it.
import type { Meta } from '../api.ts';
import { cameoName } from '../meta.ts';
import { MENTION_KINDS, QUADS, STATUS_HELP, actorLabel, goldsteinText } from '../format.ts';
import { href } from '../router.ts';
import type { Annotation } from './annotations.ts';

export function Explain({ ann, text, meta }: { ann: Annotation; text: string; meta: Meta | undefined }) {
  const quoted = text.slice(ann.start, ann.end);
  if (ann.kind === 'actor') {
    const m = ann.mention;
    return (
      <article class="explain actor" aria-label={`Actor mention ${quoted}`}>
        <h3>
          <span class="chip actor">actor</span> “{quoted}”
        </h3>
        <dl>
          <dt>Resolved to</dt>
          <dd>
            {m.actorName} <code>{actorLabel(m.actorId, m.role)}</code> ({m.actorType})
          </dd>
          {m.affiliationId && (
            <>
              <dt>Acting for</dt>
              <dd>
                <code>{m.affiliationId}</code>
              </dd>
            </>
          )}
          <dt>How</dt>
          <dd>{MENTION_KINDS[m.kind] ?? m.kind}</dd>
          <dt>Rule</dt>
          <dd>
            <code class="rule">{m.rule}</code>
          </dd>
        </dl>
        <p>
          <a href={href('/events', { actor: m.affiliationId ?? m.actorId })}>Events of {m.affiliationId ?? m.actorId} →</a>
        </p>
      </article>
    );
  }
  if (ann.kind === 'place') {
    const p = ann.place;
    return (
      <article class="explain place" aria-label={`Place ${quoted}`}>
        <h3>
          <span class="chip place">place</span> “{quoted}”
        </h3>
        <dl>
          <dt>Resolved to</dt>
          <dd>
            {p.name}
            {p.country && <> ({p.country})</>}
          </dd>
          <dt>Coordinates</dt>
          <dd>
            {p.lat.toFixed(3)}, {p.lon.toFixed(3)}
          </dd>
          {p.geonameid !== null && (
            <>
              <dt>GeoNames</dt>
              <dd>
                {p.geonameid}
                {p.featureCode && <> · {p.featureCode}</>}
              </dd>
            </>
          )}
          <dt>Rule</dt>
          <dd>
            <code class="rule">{p.rule}</code>
          </dd>
        </dl>
        <p>
          <a href={href('/map', { focus: p.name })}>On the map →</a>
        </p>
      </article>
    );
  }
  if (ann.kind === 'date') {
    const d = ann.date;
    const detail = d.detail as { source?: string; anchor?: string; end?: string; part?: string };
    return (
      <article class="explain date" aria-label={`Time expression ${quoted}`}>
        <h3>
          <span class="chip date">date</span> “{quoted}”
        </h3>
        <dl>
          <dt>Resolved to</dt>
          <dd>
            <code>{d.value}</code>
            {detail.end && <> to <code>{detail.end}</code></>} ({d.precision}
            {detail.part && `, ${detail.part}`})
          </dd>
          {detail.anchor && (
            <>
              <dt>Counted from</dt>
              <dd>{detail.anchor === 'published' ? 'the publication date' : 'another time expression in the text'}</dd>
            </>
          )}
          <dt>Rule</dt>
          <dd>
            <code class="rule">{d.rule}</code>
          </dd>
        </dl>
      </article>
    );
  }
  const e = ann.event;
  return (
    <article class="explain event" aria-label={`Event trigger ${quoted}`}>
      <h3>
        <span class="chip event">event</span> “{quoted}”{!ann.main && <span class="sub"> (further evidence)</span>}
      </h3>
      <p class="dyad-line">
        <strong>{e.sourceName}</strong> <code>{actorLabel(e.sourceId, e.sourceRole)}</code> → <strong>{e.targetName ?? '—'}</strong>{' '}
        {e.targetId && <code>{actorLabel(e.targetId, e.targetRole)}</code>}
      </p>
      <dl>
        <dt>CAMEO</dt>
        <dd>
          <code>{e.cameo}</code> {cameoName(meta, e.cameo)}
        </dd>
        {e.ploverType && (
          <>
            <dt>PLOVER</dt>
            <dd>
              {e.ploverType}
              {e.ploverMode && ` · ${e.ploverMode}`}
              {e.ploverContext && ` · ${e.ploverContext}`}
            </dd>
          </>
        )}
        <dt>Goldstein · Quad</dt>
        <dd>
          {goldsteinText(e.goldstein)} · {e.quad ? `${e.quad} ${QUADS[e.quad]}` : '—'}
        </dd>
        <dt>Status</dt>
        <dd>
          <span class={`status ${e.status}`}>{e.status}</span> {STATUS_HELP[e.status]}
          {e.statusCue && (
            <>
              {' '}
              · cue <q>{e.statusCue}</q>
            </>
          )}
        </dd>
        <dt>Date</dt>
        <dd>
          {e.date ?? 'undated'}
          {e.date && ` (${e.datePrecision}, from ${e.dateSource === 'text' ? 'the text' : 'the publication date'})`}
        </dd>
        {e.placeName && (
          <>
            <dt>Place</dt>
            <dd>
              {e.placeName}
              {e.placeCountry && ` (${e.placeCountry})`}
            </dd>
          </>
        )}
        {e.attributionId && (
          <>
            <dt>According to</dt>
            <dd>
              <code>{e.attributionId}</code>
            </dd>
          </>
        )}
        <dt>Rule</dt>
        <dd>
          <code class="rule">{e.rule}</code>
        </dd>
      </dl>
      <p>
        <a href={href('/events', { dyad: e.targetId ? `${e.sourceId}:${e.targetId}` : undefined, actor: e.targetId ? undefined : e.sourceId })}>
          Other events of {e.targetId ? `${e.sourceId} and ${e.targetId}` : e.sourceId} →
        </a>
      </p>
    </article>
  );
}
