import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { prepareRules } from '@/src/detector/engine';
import { Conversation } from '@/src/detector/policy';
import type { Category, Severity } from '@/src/detector/types';
import { renderNudge } from '@/src/nudge/card';
import { adapterFor, generic, siteFor, type SiteAdapter } from '@/src/sites';
import { chatKey, loadSettings, muteChat, recordNudge, watchSettings, type Settings } from '@/src/settings';

/** Wait this long after the last DOM change before reading, so bursts are read once. */
const BATCH_DELAY_MS = 80;
/** Fallback to the generic reader after 3 batches with new text but no messages in an open chat, or 24 with no open chat. */
const FALLBACK_THRESHOLD = 24;
const NO_MESSAGES_WEIGHT = 8;
const NO_CHAT_WEIGHT = 1;

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/** At most this many newest unread messages are read from one batch; older ones count as history. */
const MAX_UNREAD = 2000;

/** Longest stretch of reading before the page gets the main thread back. */
const SLICE_MS = 8;

interface ChatState {
  conversation: Conversation;
  key: Promise<string>;
}

interface Pending {
  element: Element;
  reader: SiteAdapter;
  chat: ChatState;
  root: Element;
}

function isActive(settings: Settings, siteId: string, now: number): boolean {
  return settings.enabled && !(settings.pausedUntil !== null && settings.pausedUntil > now) && !settings.disabledSites.includes(siteId);
}

/** New text on the page, not counting what the teen is typing. */
function isNewText(record: MutationRecord): boolean {
  if (record.type !== 'characterData' && record.addedNodes.length === 0) return false;
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  return !target?.closest('[contenteditable="true"], [contenteditable=""], textarea, input');
}

const translate = (key: string) => i18n.t(key as Parameters<typeof i18n.t>[0]);

/**
 * Reads the open chat as it changes and shows nudges. Every observer, timer and listener is
 * tied to `ctx`, so an extension reload or navigation tears it all down.
 */
export async function startWatching(ctx: ContentScriptContext): Promise<void> {
  let settings = await loadSettings();
  // Chat sites are single-page apps: the page, and so the reader, can change without a reload.
  const site = siteFor(new URL(location.href)) ?? generic;
  let fellBack = false;
  let missed = 0;
  const chats = new Map<string, ChatState>();
  const read = new WeakSet<Element>();
  let shown: { host: HTMLElement; severity: Severity } | null = null;

  const hide = () => {
    shown?.host.remove();
    shown = null;
  };

  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      if (!isActive(settings, site.id, Date.now())) hide();
    }),
  );
  ctx.onInvalidated(hide);

  const chatFor = (id: string): ChatState => {
    let chat = chats.get(id);
    if (!chat) {
      chat = { conversation: new Conversation(), key: chatKey(site.id, id) };
      chats.set(id, chat);
    }
    return chat;
  };

  const show = async (chat: ChatState, category: Category, severity: Severity, anchor: Element) => {
    if (settings.mutedChats.includes(await chat.key)) return;
    // One card at a time; a more serious move takes the place of a milder one.
    if (shown?.host.isConnected && RANK[shown.severity] > RANK[severity]) return;
    hide();
    const host = renderNudge(document, {
      category,
      severity,
      t: translate,
      anchor,
      onMute: () => void chat.key.then(muteChat).catch(() => undefined),
      onClose: () => {
        if (shown?.host === host) shown = null;
      },
    });
    shown = { host, severity };
    await recordNudge(category);
  };

  // Messages wait in a queue and are read in slices of a few milliseconds, so a burst in a
  // busy group chat never becomes one long task on the page's main thread.
  const queue: Pending[] = [];
  let head = 0;
  const queued = new WeakSet<Element>();
  let draining = false;

  const drain = () => {
    const deadline = performance.now() + SLICE_MS;
    const active = isActive(settings, site.id, Date.now());
    try {
      while (head < queue.length && performance.now() < deadline) {
        const { element, reader, chat, root } = queue[head++]!;
        queued.delete(element);
        if (read.has(element) || !element.isConnected) continue;
        const message = reader.readMessage(element);
        if (!message) continue; // not filled in yet: the next batch finds it again
        read.add(element);
        if (!active) continue;
        const step = chat.conversation.add(message, settings.sensitivity);
        for (const nudge of step.nudges) void show(chat, nudge.category, nudge.severity, root).catch(() => undefined);
      }
    } catch {
      // Odd markup in one message must not stop the others, nor reach the page.
    }
    if (head < queue.length) {
      ctx.setTimeout(drain, 0);
    } else {
      queue.length = 0;
      head = 0;
      draining = false;
    }
  };

  /** Queues the unread messages `reader` finds; returns how many message elements it saw, or -1 without an open chat. */
  const collect = (reader: SiteAdapter): number => {
    const root = reader.conversationRoot(document);
    if (!root) return -1;
    const chat = chatFor(reader.conversationId(document) ?? '');
    let found = 0;
    const fresh: Element[] = [];
    for (const element of reader.messageElements(root)) {
      found++;
      if (read.has(element) || queued.has(element)) continue;
      fresh.push(element);
    }
    // Thousands of unread messages at once are old history loading (or a page flooding the
    // chat): only the newest are read, so a new message never waits behind them (issue 5).
    for (const element of fresh.slice(0, -MAX_UNREAD)) read.add(element);
    for (const element of fresh.slice(-MAX_UNREAD)) {
      queued.add(element);
      queue.push({ element, reader, chat, root });
    }
    if (head < queue.length && !draining) {
      draining = true;
      drain();
    }
    return found;
  };

  /**
   * A markup change on a supported site degrades detection instead of ending it: when the
   * adapter keeps finding nothing while text keeps appearing, the generic reader takes over,
   * until the adapter finds messages again. An open but empty chat counts fully; a page with no
   * open chat (an inbox, a start screen) only after much longer, as its side lists change too.
   */
  const readBatch = (sawNewText: boolean) => {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return;
    if (adapter !== generic) {
      const found = collect(adapter);
      if (found > 0) {
        missed = 0;
        fellBack = false;
        return;
      }
      if (sawNewText) missed += found === 0 ? NO_MESSAGES_WEIGHT : NO_CHAT_WEIGHT;
      if (missed >= FALLBACK_THRESHOLD) fellBack = true;
      if (!fellBack) return;
    }
    collect(generic);
  };

  // Build the rules' prefilter in slices before the first message needs it, instead of in one
  // long task when the first message arrives.
  const prepare = () => {
    try {
      if (!prepareRules(SLICE_MS)) ctx.setTimeout(prepare, 0);
    } catch {
      // matchText builds it on first use anyway.
    }
  };
  prepare();

  let pending = false;
  let sawNewText = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      const text = sawNewText;
      sawNewText = false;
      try {
        readBatch(text);
      } catch {
        // An adapter that trips over odd markup must not break the page.
      }
    }, BATCH_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    if (!sawNewText) sawNewText = records.some(isNewText);
    schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  schedule();
}
