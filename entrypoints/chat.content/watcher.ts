import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Conversation } from '@/src/detector/policy';
import type { Category, Severity } from '@/src/detector/types';
import { renderNudge } from '@/src/nudge/card';
import { adapterFor, generic, siteFor, type SiteAdapter } from '@/src/sites';
import { chatKey, loadSettings, muteChat, recordNudge, watchSettings, type Settings } from '@/src/settings';

/** Wait this long after the last DOM change before reading, so bursts are read once. */
const BATCH_DELAY_MS = 80;
/** An adapter that finds no messages in this many batches while text keeps appearing is replaced by the generic reader. */
const EMPTY_BATCHES_BEFORE_FALLBACK = 3;

const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

interface ChatState {
  conversation: Conversation;
  key: Promise<string>;
}

function isActive(settings: Settings, siteId: string, now: number): boolean {
  return settings.enabled && !(settings.pausedUntil !== null && settings.pausedUntil > now) && !settings.disabledSites.includes(siteId);
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
  const currentAdapter = (): SiteAdapter | null => (fellBack ? generic : adapterFor(new URL(location.href)));
  let adapter: SiteAdapter | null = currentAdapter();
  const chats = new Map<string, ChatState>();
  const read = new WeakSet<Element>();
  let emptyBatches = 0;
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

  /** A markup change on a supported site degrades detection instead of ending it. */
  const noteEmptyBatch = (found: number, sawNewText: boolean) => {
    if (adapter === generic) return;
    if (found > 0) emptyBatches = 0;
    else if (sawNewText && ++emptyBatches >= EMPTY_BATCHES_BEFORE_FALLBACK) fellBack = true;
  };

  const readBatch = (sawNewText: boolean) => {
    adapter = currentAdapter();
    if (!adapter) return;
    const root = adapter.conversationRoot(document);
    if (!root) return noteEmptyBatch(0, sawNewText);
    const active = isActive(settings, site.id, Date.now());
    const chat = chatFor(adapter.conversationId(document) ?? '');
    let found = 0;
    for (const element of adapter.messageElements(root)) {
      found++;
      if (read.has(element)) continue;
      const message = adapter.readMessage(element);
      if (!message) continue;
      read.add(element);
      if (!active) continue;
      const step = chat.conversation.add(message, settings.sensitivity);
      for (const nudge of step.nudges) void show(chat, nudge.category, nudge.severity, root).catch(() => undefined);
    }
    noteEmptyBatch(found, sawNewText);
  };

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
    for (const record of records) {
      if (record.type === 'characterData' || record.addedNodes.length > 0) {
        sawNewText = true;
        break;
      }
    }
    schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  schedule();
}
