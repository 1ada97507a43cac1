import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { prepareRules } from '@/src/detector/engine';
import { Conversation } from '@/src/detector/policy';
import type { Category, Severity } from '@/src/detector/types';
import { browser } from 'wxt/browser';
import { browserLanguages, resolveCountry } from '@/src/help/country';
import { ANNOUNCE_DELAY_MS, isUrgent, renderNudge } from '@/src/nudge/card';
import { countryRows } from '@/src/nudge/contacts';
import type { ExtensionPage, OpenPageMessage } from '@/src/nudge/open-page';
import { adapterFor, generic, siteFor, type SiteAdapter } from '@/src/sites';
import { sawNewText, touchedFinder } from './changes';
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

/**
 * Longest stretch of reading before the page gets the main thread back. One message's detector
 * run can take a few milliseconds more (a long message, a pattern compiled on first use), which
 * still stays well under the 50 ms of a long task. Not shorter: every slice is a turn of the
 * page's event loop, and after a flood of 50,000 rows 4 ms slices took the newest message twice
 * as long to reach (tests/e2e/hostile.spec.ts).
 */
const SLICE_MS = 8;
/** Preparation waits for an idle moment of the page, but never longer than this. */
const IDLE_TIMEOUT_MS = 150;
/** Without a known box of the chat, a nudge waits for the page's next frame to tell it, at most this long. */
const RENDER_TIMEOUT_MS = 100;
/**
 * A nudge waits at most this long for the page's own next change, so that on a busy chat the card
 * (and, later, the words of its live region) are drawn in a frame the page draws anyway instead
 * of in frames of their own: each such frame lays out and paints the page again (issue 4). On a
 * quiet page nothing comes, and the card is drawn when this runs out.
 */
const PAGE_FRAME_WAIT_MS = 100;
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

  // Timers and idle callbacks tied to ctx. Not ctx.setTimeout: it adds an invalidation listener
  // per call that is never removed, and a busy chat schedules thousands of slices.
  const timers = new Set<number>();
  const idles = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timers) clearTimeout(id);
    if (typeof cancelIdleCallback === 'function') for (const id of idles) cancelIdleCallback(id);
    timers.clear();
    idles.clear();
  });
  const later = (run: () => void, ms: number) => {
    const id = window.setTimeout(() => {
      timers.delete(id);
      if (ctx.isValid) run();
    }, ms);
    timers.add(id);
  };
  /**
   * Runs `run(deadline)` in an idle moment of the page (at the latest after IDLE_TIMEOUT_MS),
   * with a deadline of at most SLICE_MS, so reading never stretches the page's own frames.
   */
  const whenIdle = (run: (deadline: number) => void) => {
    if (typeof requestIdleCallback !== 'function') {
      later(() => run(performance.now() + SLICE_MS), 0);
      return;
    }
    const id = requestIdleCallback(
      (idle) => {
        idles.delete(id);
        if (!ctx.isValid) return;
        const budget = idle.didTimeout ? SLICE_MS : Math.min(SLICE_MS, idle.timeRemaining());
        run(performance.now() + budget);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    idles.add(id);
  };

  ctx.onInvalidated(
    watchEffectiveSettings(location.hostname, (next) => {
      settings = next;
      if (!isActive(settings, site.id, Date.now())) hide();
    }, settings),
  );
  ctx.onInvalidated(hide);

  /**
   * An element's box as the page's next frame laid it out (an IntersectionObserver reports it
   * without forcing layout); null when no frame came in time (a background tab).
   */
  const boxOf = (element: Element) =>
    new Promise<DOMRectReadOnly | null>((done) => {
      let settled = false;
      let observer: IntersectionObserver | null = null;
      const finish = (rect: DOMRectReadOnly | null) => {
        if (settled) return;
        settled = true;
        observer?.disconnect();
        done(rect);
      };
      if (typeof IntersectionObserver === 'function') {
        observer = new IntersectionObserver((entries) => finish(entries[entries.length - 1]?.boundingClientRect ?? null));
        observer.observe(element);
      }
      later(() => finish(null), RENDER_TIMEOUT_MS);
    });

  /**
   * The box of the open chat, kept up to date by observers instead of read when a nudge comes:
   * an IntersectionObserver reports it after a frame the page draws anyway (never forcing a
   * layout), and it is asked again whenever the chat's box may have moved: its size changed (a
   * ResizeObserver), the window was resized or the document scrolled. Until the answer comes, a
   * nudge asks for the box itself (`boxOf`). The body of a page read by the generic reader
   * changes size with every message; it is not watched, and a nudge there always asks.
   */
  let chatBox: { root: Element; rect: DOMRectReadOnly | null; stale: boolean; refresh: () => void } | null = null;
  let boxObservers: { io: IntersectionObserver; ro: ResizeObserver | null } | null = null;
  const forgetBox = () => {
    boxObservers?.io.disconnect();
    boxObservers?.ro?.disconnect();
    boxObservers = null;
    chatBox = null;
  };
  ctx.onInvalidated(forgetBox);
  const watchBox = (root: Element) => {
    if (chatBox?.root === root || root === document.body || root === document.documentElement) return;
    forgetBox();
    if (typeof IntersectionObserver !== 'function') return;
    let asking = true;
    const io = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry || chatBox !== box) return;
      box.rect = entry.boundingClientRect;
      box.stale = false;
      asking = false;
    });
    // Observing anew makes it report the box after the next frame; once per move, however many
    // scroll or resize events come before that.
    const refresh = () => {
      box.stale = true;
      if (asking) return;
      asking = true;
      io.unobserve(root);
      io.observe(root);
    };
    const box = { root, rect: null as DOMRectReadOnly | null, stale: true, refresh };
    chatBox = box;
    let first = true;
    const ro =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            // Its first report is the size it starts with; the IntersectionObserver has that.
            if (first) first = false;
            else refresh();
          })
        : null;
    io.observe(root);
    ro?.observe(root);
    boxObservers = { io, ro };
  };
  const boxMoved = () => chatBox?.refresh();
  window.addEventListener('resize', boxMoved, { passive: true, signal: ctx.signal });
  window.addEventListener('scroll', boxMoved, { passive: true, signal: ctx.signal });
  const knownBox = (anchor: Element): DOMRectReadOnly | null =>
    chatBox && chatBox.root === anchor && !chatBox.stale && anchor.isConnected ? chatBox.rect : null;

  /**
   * Resolves at the page's own next change (in the MutationObserver's callback, before the frame
   * the page draws for it), or after `ms` at the latest.
   */
  let pageChanged: (() => void)[] = [];
  const withPageFrame = (ms: number) =>
    new Promise<void>((done) => {
      let settled = false;
      const go = () => {
        if (settled) return;
        settled = true;
        done();
      };
      pageChanged.push(go);
      later(go, ms);
    });
  /** The words of a card's live region: once it has been in the page for a frame, with the page's next frame. */
  const announce = (fill: () => void) => later(() => void withPageFrame(PAGE_FRAME_WAIT_MS).then(fill), ANNOUNCE_DELAY_MS);

  const chatFor = (id: string): ChatState => {
    let chat = chats.get(id);
    if (!chat) {
      chat = { conversation: new Conversation(), key: chatKey(site.id, id) };
      chats.set(id, chat);
    }
    return chat;
  };

  const showNow = async (chat: ChatState, category: Category, severity: Severity, anchor: Element) => {
    if (settings.mutedChats.includes(await chat.key)) return;
    // Drawn outside the reading slice and without reading layout: beside the chat's box as the
    // observers last saw it, with the page's next change (so in the frame the page draws for
    // it); without a known box, once the page's next frame has told where the chat is.
    let anchorRect = knownBox(anchor);
    if (anchorRect) await withPageFrame(PAGE_FRAME_WAIT_MS);
    else anchorRect = await boxOf(anchor);
    if (!ctx.isValid || !isActive(settings, site.id, Date.now())) return;
    // One card at a time; a more serious move takes the place of a milder one.
    if (shown?.host.isConnected && RANK[shown.severity] > RANK[severity]) return;
    hide();
    const host = renderNudge(document, {
      category,
      severity,
      t: translate,
      anchor,
      anchorRect,
      // Help contacts of the teen's country, read from the settings each time (options may change it).
      contacts: countryRows(resolveCountry(settings.country, browserLanguages(uiLanguage())), isUrgent(category), translate),
      siteId: site.id,
      openPage,
      extraContact: settings.school.helpContact,
      onMute: () => void chat.key.then(muteChat).catch(() => undefined),
      onClose: () => {
        if (shown?.host === host) shown = null;
      },
      announce,
    });
    shown = { host, severity };
    // The weekly count is read, counted and written back: one write after the other, so two
    // nudges close together both count, without the next card waiting for storage.
    recording = recording.then(() => recordNudge(category)).catch(() => undefined);
  };
  let recording = Promise.resolve();
  // Nudges are shown one after the other, in the order they were found: of two from one message,
  // the second takes the place of the first unless that one is more serious.
  let showing = Promise.resolve();
  const show = (chat: ChatState, category: Category, severity: Severity, anchor: Element) => {
    showing = showing.then(() => showNow(chat, category, severity, anchor)).catch(() => undefined);
  };

  // Messages wait in a queue and are read in slices of a few milliseconds, so a burst in a
  // busy group chat never becomes one long task on the page's main thread.
  const queue: Pending[] = [];
  let head = 0;
  const queued = new WeakSet<Element>();
  let draining = false;

  const drain = (deadline: number) => {
    const active = isActive(settings, site.id, Date.now());
    try {
      // At least one message per slice, so reading always moves on.
      for (let first = true; head < queue.length && (first || performance.now() < deadline); first = false) {
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
        // One card at a time: of several nudges from one message, the one that would end up
        // on screen (the last of the most serious) is shown, and counted.
        let pick: (typeof step.nudges)[number] | undefined;
        for (const nudge of step.nudges) if (!pick || RANK[nudge.severity] >= RANK[pick.severity]) pick = nudge;
        if (pick) show(chat, pick.category, pick.severity, root);
      }
    } catch {
      // Odd markup in one message must not stop the others, nor reach the page.
    }
    if (head < queue.length) {
      // The rest in the next task, not at the next idle moment: a busy page may have none, and
      // the newest message must not wait.
      later(() => drain(performance.now() + SLICE_MS), 0);
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
    watchBox(root);
    const chatId = reader.conversationId(document) ?? '';
    const chat = chatFor(chatId);
    const now = performance.now();
    const last = lastRead.get(reader);
    const touchedBy = touchedFinder(reader.id);
    let found = 0;
    const fresh: Element[] = [];
    const consider = (element: Element) => {
      if (!read.has(element) && !queued.has(element)) fresh.push(element);
    };
    if (touchedBy && !forceFull && last && last.root === root && last.chatId === chatId && now - last.fullAt < FULL_READ_MS) {
      const touched = touchedBy(root, changedNodes);
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
    return found;
  };

  /**
   * A markup change on a supported site degrades detection instead of ending it: when the
   * adapter keeps finding nothing while text keeps appearing, the generic reader takes over,
   * until the adapter finds messages again. An open but empty chat counts fully; a page with no
   * open chat (an inbox, a start screen) only after much longer, as its side lists change too.
   */
  const readBatch = () => {
    const changedNodes = changed;
    const forceFull = overflow;
    changed = [];
    overflow = false;
    const genericWasReading = genericReading;
    genericReading = readsGeneric(changedNodes, forceFull);
    // The generic reader looks only at what changed while it was reading every batch; when it
    // (re)starts, the changes of the batches it skipped are not in hand: a full read.
    if (genericReading) collect(generic, changedNodes, forceFull || !genericWasReading);
  };
  let genericReading = false;
  /** Reads the batch with the site's adapter; whether the generic reader is to read it too. */
  const readsGeneric = (changedNodes: Element[], forceFull: boolean): boolean => {
    const adapter = adapterFor(new URL(location.href));
    if (!adapter) return false;
    if (adapter === generic) return true;
    const found = collect(adapter, changedNodes, forceFull);
    if (found > 0) {
      missed = 0;
      fellBack = false;
      return false;
    }
    if (sawNewText(changedNodes, forceFull)) missed += found === 0 ? NO_MESSAGES_WEIGHT : NO_CHAT_WEIGHT;
    if (missed >= FALLBACK_THRESHOLD) fellBack = true;
    return fellBack;
  };

  // Build the rules' prefilter in slices before the first message needs it, instead of in one
  // long task when the first message arrives.
  const prepare = (deadline: number) => {
    try {
      if (!prepareRules(Math.max(1, deadline - performance.now()))) whenIdle(prepare);
    } catch {
      // matchText builds it on first use anyway.
    }
  };
  whenIdle(prepare);
  // The first translation loads the extension's messages: not while the first nudge waits.
  whenIdle(() => void translate('nudge.label'));

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    later(() => {
      pending = false;
      try {
        readBatch();
      } catch {
        // An adapter that trips over odd markup must not break the page.
      }
      // The first slice of reading in this same task: a timer of its own for every batch of a
      // busy chat cost the page more (a task, a timer) than the few messages a batch holds.
      if (head < queue.length && !draining) {
        draining = true;
        drain(performance.now() + SLICE_MS);
      }
    }, BATCH_DELAY_MS);
  };

  // Kept tiny: it runs at the end of every task of the page that changes the DOM. Whether the
  // change was new text is only asked when an adapter found nothing (readBatch).
  // Indexed loops and nodeType, not for…of and instanceof: this runs for every node a busy chat
  // adds, and Chromium's NodeList iterators and cross-world instanceof cost several times more.
  // Text added to an element keeps the element (the record's target), once in a row.
  const keep = (element: Element | null) => {
    if (element && changed[changed.length - 1] !== element) changed.push(element);
  };
  const observer = new MutationObserver((records) => {
    if (pageChanged.length > 0) {
      const waiting = pageChanged;
      pageChanged = [];
      for (const go of waiting) go();
    }
    if (!overflow) {
      for (let r = 0; r < records.length; r++) {
        const record = records[r]!;
        if (record.type === 'characterData') {
          keep(record.target.parentElement);
        } else {
          const added = record.addedNodes;
          for (let i = 0; i < added.length; i++) {
            const node = added[i]!;
            keep(node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
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

