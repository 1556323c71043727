/**
 * The reader's text kept in this browser only (IndexedDB, which holds a few
 * megabytes where localStorage may not), so it is still there on the next visit
 * until the reader forgets it. Never throws: without storage the text lasts for
 * this visit only, and the panel says so.
 */
const DB = 'rnn-notebook-own-text';
const STORE = 'texts';
const KEY = 'current';

export interface StoredText {
  text: string;
  /** The file's name, or null for pasted text. */
  name: string | null;
  /** False after "Back to Moby-Dick": kept, but not used on the next visit. */
  active?: boolean;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const isStored = (v: unknown): v is StoredText =>
  typeof v === 'object' && v !== null && typeof (v as StoredText).text === 'string' && ((v as StoredText).name === null || typeof (v as StoredText).name === 'string');

export async function loadStoredText(): Promise<StoredText | null> {
  try {
    const v = await run<unknown>('readonly', (s) => s.get(KEY));
    return isStored(v) ? v : null;
  } catch {
    return null;
  }
}

/** True when the text was kept. */
export async function storeText(value: StoredText): Promise<boolean> {
  try {
    await run('readwrite', (s) => s.put(value, KEY));
    return true;
  } catch {
    return false;
  }
}

export async function forgetStoredText(): Promise<void> {
  try {
    await run('readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing was kept.
  }
}
