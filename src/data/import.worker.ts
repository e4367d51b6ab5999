// The import's Web Worker: reads the file, sniffs its encoding, and runs importPipeline.ts off the main
// thread, posting progress. Thin glue: every decision is in the pure modules. Cancel = terminate().
import { sniffBytes, decodeText, SNIFF_BYTES } from './sniffEncoding.ts';
import { previewText, importText, MAX_BYTES } from './importPipeline.ts';
import type { WorkerRequest, WorkerReply } from './importProtocol.ts';
import { packPoints } from './packPoints.ts';

const post = (m: WorkerReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
const mb = (b: number) => (Math.round((b / 1024 / 1024) * 10) / 10).toString();

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  try {
    const file = msg.file;
    // Checked before any byte is read.
    if (file.size > MAX_BYTES) return post({ type: 'error', error: { key: 'districts.impTooBig', vars: { size: mb(file.size), mb: mb(MAX_BYTES) } } });
    if (file.size === 0) return post({ type: 'error', error: { key: 'districts.impEmpty', vars: {} } });
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const sniff = sniffBytes(head);
    if (sniff.kind === 'empty') return post({ type: 'error', error: { key: 'districts.impEmpty', vars: {} } });
    if (sniff.kind === 'binary')
      return post({
        type: 'error',
        error: { key: sniff.what === 'ZIP/XLSX' || sniff.what === 'XLS' ? 'districts.impSpreadsheet' : 'districts.impBinary', vars: { what: sniff.what } },
      });
    if (msg.type === 'preview') {
      const text = new TextDecoder(sniff.encoding).decode(head, { stream: true });
      const p = previewText(text, file.name, file.size > head.length);
      if ('error' in p) return post({ type: 'error', error: p.error });
      return post({ type: 'preview', preview: p, encoding: sniff.encoding });
    }
    post({ type: 'progress', phase: 'read', fraction: 0 });
    const text = decodeText(new Uint8Array(await file.arrayBuffer()), sniff.encoding);
    let last = 0;
    const r = importText(text, {
      fileName: file.name,
      encoding: sniff.encoding,
      datum: msg.datum,
      mapping: msg.mapping,
      delimiter: msg.delimiter,
      districts: msg.districts,
      onProgress: (phase, fraction) => {
        const now = performance.now();
        if (now - last < 50 && fraction < 1) return;
        last = now;
        post({ type: 'progress', phase, fraction });
      },
    });
    if ('error' in r) return post({ type: 'error', error: r.error });
    const packed = packPoints(r);
    post({ type: 'done', result: packed }, [packed.lon.buffer, packed.lat.buffer, packed.rows.buffer, packed.district.buffer]);
  } catch (err) {
    post({ type: 'error', error: { key: 'districts.impCrashed', vars: { e: String((err as Error)?.message ?? err).slice(0, 120) } } });
  }
};
