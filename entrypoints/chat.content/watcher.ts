import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { prepareRules } from '@/src/detector/engine';
import { Conversation } from '@/src/detector/policy';
import type { Category, Severity } from '@/src/detector/types';
import { browser } from 'wxt/browser';
import { browserLanguages, resolveCountry } from '@/src/help/country';
import { isUrgent, renderNudge } from '@/src/nudge/card';
import { countryRows } from '@/src/nudge/contacts';
import type { ExtensionPage, OpenPageMessage } from '@/src/nudge/open-page';
import { adapterFor, generic, siteFor, type SiteAdapter } from '@/src/sites';
import { MESSAGE_SELECTOR, messagesTouched } from './changes';
import { chatKey, muteChat, recordNudge, type Settings } from '@/src/settings';
import { loadEffectiveSettings, watchEffectiveSettings } from '@/src/settings/managed';

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
/**
 * Between full reads of the open chat, a batch looks only at what the page added or changed
 * (see `collect`). A full read still happens at least this often, as a safety net for markup
 * that turns into a message without any node being added (an attribute set later).
 */
const FULL_READ_MS = 2000;
/** More changed nodes than this in one batch: a full read is cheaper than looking at each. */
const MAX_CHANGED = 500;
/** A message element that reads as nothing yet is tried again in this many batches. */
const RETRIES = 3;

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

const translate = (key: string, substitutions?: string[]) =>
  substitutions ? i18n.t(key as Parameters<typeof i18n.t>[0], substitutions as never) : i18n.t(key as Parameters<typeof i18n.t>[0]);

/** Asks the background to open one of the extension's pages; a failure changes nothing on the page. */
const openPage = (page: ExtensionPage, hash?: string) => {
  const message: OpenPageMessage = hash ? { type: 'open-page', page, hash } : { type: 'open-page', page };
  try {
    void browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded: the page stays as it is.
  }
};

function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/**
 * Reads the open chat as it changes and shows nudges. Every observer, timer and listener is
 * tied to `ctx`, so an extension reload or navigation tears it all down.
 */
export async function startWatching(ctx: ContentScriptContext): Promise<void> {
  // The teen's settings within the school's policy (minimum sensitivity, always-on sites).
  let settings = await loadEffectiveSettings(location.hostname);
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
    watchEffectiveSettings(location.hostname, (next) => {
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
      // Help contacts of the teen's country, read from the settings each time (options may change it).
      contacts: countryRows(resolveCountry(settings.country, browserLanguages(uiLanguage())), isUrgent(category), translate),
      siteId: site.id,
      openPage,
      extraContact: settings.school.helpContact,
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
        if (!message) {
          // Not filled in yet: tried again in the next batches, and whenever its content changes.
          if (!retry.has(element)) retry.set(element, RETRIES);
          continue;
        }
        retry.delete(element);
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

  /**
   * What the last read of each reader saw: its root and chat, and when it last read them fully.
   * Nodes the page added or changed since the last batch are in `changed` (filled by the
   * MutationObserver); `overflow` when there were too many to keep.
   */
  const lastRead = new Map<SiteAdapter, { root: Element; chatId: string; fullAt: number; count: number }>();
  let changed: Element[] = [];
  let overflow = false;
  /** Message elements that read as nothing yet ("not filled in"), and how many tries they have left. */
  const retry = new Map<Element, number>();

  const enqueue = (element: Element, reader: SiteAdapter, chat: ChatState, root: Element) => {
    if (read.has(element) || queued.has(element)) return;
    queued.add(element);
    queue.push({ element, reader, chat, root });
  };

  /**
   * Queues the unread messages `reader` finds; returns how many message elements it saw, or -1
   * without an open chat.
   *
   * Nothing read twice: an element once read is never read again (site adapters treat one
   * element as one message; see src/sites). Nothing missed: after a switch of chat or root, and
   * at least every FULL_READ_MS, every message element of the chat is looked at. In between,
   * only the message elements the page added (rows appended, older messages inserted above when
   * scrolling up, recycled rows re-created) or changed (text filled in later) are looked at
   * (changes.ts), plus, for a few batches, those that read as nothing yet; a long chat is not
   * walked again on every burst.
   */
  const collect = (reader: SiteAdapter, changedNodes: readonly Element[], forceFull: boolean): number => {
    const root = reader.conversationRoot(document);
    if (!root) return -1;
    const chatId = reader.conversationId(document) ?? '';
    const chat = chatFor(chatId);
    const now = performance.now();
    const last = lastRead.get(reader);
    const selector = MESSAGE_SELECTOR[reader.id];
    let found = 0;
    const fresh: Element[] = [];
    const consider = (element: Element) => {
      if (!read.has(element) && !queued.has(element)) fresh.push(element);
    };
    if (selector && !forceFull && last && last.root === root && last.chatId === chatId && now - last.fullAt < FULL_READ_MS) {
      const touched = messagesTouched(selector, root, changedNodes);
      for (const element of touched) consider(element);
      for (const [element, left] of retry) {
        if (left <= 1 || !element.isConnected || read.has(element)) retry.delete(element);
        else retry.set(element, left - 1);
        if (element.isConnected && !read.has(element) && root.contains(element)) consider(element);
      }
      last.count += touched.length;
      found = last.count;
    } else {
      // A full read: the first, after a switch of chat, and every FULL_READ_MS.
      const all = reader.messageElements(root);
      if (Array.isArray(all) || all instanceof NodeList) {
        // Indexed: a for…of over a NodeList costs far more per element in Chromium.
        const list = all as ArrayLike<Element>;
        found = list.length;
        for (let i = 0; i < found; i++) consider(list[i]!);
      } else {
        for (const element of all) {
          found++;
          consider(element);
        }
      }
      lastRead.set(reader, { root, chatId, fullAt: now, count: found });
    }
    // Thousands of unread messages at once are old history loading (or a page flooding the
    // chat): only the newest are read, so a new message never waits behind them (issue 5).
    for (let i = 0; i < fresh.length - MAX_UNREAD; i++) read.add(fresh[i]!);
    for (let i = Math.max(0, fresh.length - MAX_UNREAD); i < fresh.length; i++) enqueue(fresh[i]!, reader, chat, root);
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
    const changedNodes = changed;
    const forceFull = overflow;
    changed = [];
    overflow = false;
    if (!adapter) return;
    if (adapter !== generic) {
      const found = collect(adapter, changedNodes, forceFull);
      if (found > 0) {
        missed = 0;
        fellBack = false;
        return;
      }
      if (sawNewText) missed += found === 0 ? NO_MESSAGES_WEIGHT : NO_CHAT_WEIGHT;
      if (missed >= FALLBACK_THRESHOLD) fellBack = true;
      if (!fellBack) return;
    }
    collect(generic, changedNodes, forceFull);
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
    if (!overflow) {
      for (const record of records) {
        if (record.type === 'characterData') {
          const parent = record.target.parentElement;
          if (parent) changed.push(parent);
        } else {
          for (const node of record.addedNodes) {
            const element = node instanceof Element ? node : node.parentElement;
            if (element) changed.push(element);
          }
        }
        if (changed.length > MAX_CHANGED) {
          overflow = true;
          changed = [];
          break;
        }
      }
    }
    schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  schedule();
}

