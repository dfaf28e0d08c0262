// Ingest: drop files (.txt, .html, .jsonl) or paste an article with its date and outlet; the job's progress
// shows while the server codes and stores them, then links lead to what was stored.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, getJson, postIngest, type IngestJob } from '../api.ts';
import { useMeta } from '../meta.ts';
import { href } from '../router.ts';
import { ErrorState } from '../components/States.tsx';
import { plural } from '../format.ts';

const TOKEN_KEY = 'entente.token';

export function IngestView({ onStored }: { onStored(): void }) {
  const meta = useMeta();
  const [token, setToken] = useState(() => localStorage.getItem(TOKEN_KEY) ?? '');
  const [job, setJob] = useState<IngestJob | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [paste, setPaste] = useState({ title: '', published: '', outlet: '', text: '' });
  const fileInput = useRef<HTMLInputElement>(null);

  // Poll the job until it is finished.
  useEffect(() => {
    if (!job || job.state === 'done' || job.state === 'failed') {
      if (job?.state === 'done') onStored();
      return;
    }
    const t = setTimeout(() => getJson<IngestJob>(`/ingest/${job.id}`).then(setJob, (e: ApiFailure) => setError(e)), 400);
    return () => clearTimeout(t);
  }, [job]);

  const submit = async (body: BodyInit, type: string | null) => {
    setError(null);
    setJob(null);
    setBusy(true);
    try {
      if (token) localStorage.setItem(TOKEN_KEY, token);
      setJob(await postIngest<IngestJob>(body, type, token || null));
    } catch (e) {
      setError(e as ApiFailure);
    } finally {
      setBusy(false);
    }
  };
  const sendFiles = () => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    void submit(form, null);
  };
  const sendPaste = () => {
    const article = Object.fromEntries(Object.entries(paste).filter(([, v]) => v.trim()));
    void submit(JSON.stringify(article), 'application/json');
  };
  const running = job !== null && (job.state === 'queued' || job.state === 'running');

  return (
    <section aria-labelledby="ingest-title" class="ingest">
      <div class="view-head">
        <h1 id="ingest-title">Ingest</h1>
        <p class="muted">Articles are coded on the server and stored; ones already stored (same text) are skipped.</p>
      </div>
      {meta?.writeProtected && (
        <div class="field token">
          <label for="ingest-token">Access token</label>
          <input id="ingest-token" type="password" autoComplete="current-password" value={token} onInput={(e) => setToken(e.currentTarget.value)} aria-describedby="token-help" />
          <span id="token-help" class="hint">
            This server protects writes: enter the value of its ENTENTE_TOKEN.
          </span>
        </div>
      )}
      <div class="ingest-grid">
        <form
          class="card"
          aria-labelledby="files-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (files.length) sendFiles();
          }}
        >
          <h2 id="files-title">Files</h2>
          <div
            class={`dropzone${dragging ? ' over' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              setFiles([...(e.dataTransfer?.files ?? [])]);
            }}
          >
            <p>Drop .txt, .html or .jsonl files here, or</p>
            <label class="button" for="ingest-files">
              Choose files…
            </label>
            <input
              id="ingest-files"
              ref={fileInput}
              class="sr-only"
              type="file"
              multiple
              accept=".txt,.text,.html,.htm,.jsonl,.ndjson"
              onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
            />
            {files.length > 0 && (
              <ul class="file-list" aria-label="Chosen files">
                {files.map((f) => (
                  <li key={f.name}>
                    {f.name} <span class="muted">({(f.size / 1024).toFixed(1)} KB)</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <p class="hint">JSONL: one {'{"id", "text", "title", "published", "outlet", "url"}'} object a line.</p>
          <button type="submit" class="primary" disabled={!files.length || busy || running}>
            Ingest {files.length ? plural(files.length, 'file') : 'files'}
          </button>
        </form>
        <form
          class="card"
          aria-labelledby="paste-title"
          onSubmit={(e) => {
            e.preventDefault();
            sendPaste();
          }}
        >
          <h2 id="paste-title">Paste an article</h2>
          <div class="field">
            <label for="p-title">Title</label>
            <input id="p-title" value={paste.title} onInput={(e) => setPaste({ ...paste, title: e.currentTarget.value })} />
          </div>
          <div class="row">
            <div class="field">
              <label for="p-published">Published</label>
              <input
                id="p-published"
                type="date"
                value={paste.published}
                onInput={(e) => setPaste({ ...paste, published: e.currentTarget.value })}
                aria-invalid={error?.body.field === 'published' || undefined}
              />
            </div>
            <div class="field grow">
              <label for="p-outlet">Outlet</label>
              <input id="p-outlet" value={paste.outlet} onInput={(e) => setPaste({ ...paste, outlet: e.currentTarget.value })} />
            </div>
          </div>
          <div class="field">
            <label for="p-text">Text</label>
            <textarea id="p-text" rows={9} required value={paste.text} onInput={(e) => setPaste({ ...paste, text: e.currentTarget.value })} aria-invalid={error?.body.field === 'text' || undefined} />
          </div>
          <button type="submit" class="primary" disabled={!paste.text.trim() || busy || running}>
            Code and store
          </button>
        </form>
      </div>
      {error && <ErrorState title={error.status === 401 ? 'The server refused the token' : 'The upload was not accepted'} message={error.message} />}
      {job && <JobProgress job={job} />}
    </section>
  );
}

function JobProgress({ job }: { job: IngestJob }) {
  const done = job.state === 'done' || job.state === 'failed';
  return (
    <div class={`card progress ${job.state}`} role="status" aria-live="polite">
      <h2>{done ? (job.state === 'done' ? 'Done' : 'Failed') : `Working: ${job.stage}…`}</h2>
      <progress max={job.total ?? 1} value={done ? (job.total ?? 1) : job.read} aria-label="Articles coded" />
      <p>
        {job.total === null ? 'reading…' : `${job.read} of ${plural(job.total, 'article')} read`} · {job.stored} stored · {job.skipped} already stored · {job.failed} failed ·{' '}
        {plural(job.events, 'event')}
      </p>
      {job.errors.length > 0 && (
        <ul class="errors">
          {job.errors.map((e, i) => (
            <li key={i}>
              <code>
                {e.file}
                {e.line ? `:${e.line}` : ''}
              </code>{' '}
              {e.message}
            </li>
          ))}
        </ul>
      )}
      {done && job.articleIds.length > 0 && (
        <p>
          Articles:{" "}
          {job.articleIds.slice(0, 10).map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a href={href(`/articles/${encodeURIComponent(id)}`)}>{id}</a>
            </span>
          ))}
          {job.articleIds.length > 10 && ` and ${job.articleIds.length - 10} more`} · <a href="#/events">see the events</a>
        </p>
      )}
    </div>
  );
}
