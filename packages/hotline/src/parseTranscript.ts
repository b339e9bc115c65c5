// Two formats (text and JSON ASR segments) share the header checks and limits; kept in one file so
// both readers stay in step. Over the usual size for that reason.
import { createHash } from 'node:crypto';
import { normalizePhone } from '@onecase/core';
import { TranscriptError } from './transcriptError.js';

/** Who speaks a turn. */
export type Speaker = 'agent' | 'caller';

/** The languages the hotline rules and reply scripts speak. */
export type Language = 'zh' | 'en';

/** One turn of a call, as said (the text is kept raw; interpretation normalizes it). */
export interface Turn {
  /** 0-based position in the call; part of the idempotency keys, so it must stay stable. */
  index: number;
  speaker: Speaker;
  text: string;
  /** 1-based line of a plain-text transcript. */
  line?: number;
  /** Seconds from the start of the call (ASR segments). */
  start?: number;
  end?: number;
}

/** A call as `parseTranscript` reads it, whatever the input format. */
export interface Transcript {
  /** The `Call-Id` header (or `callId` field); without one, `call-<hash>` derived from the content. */
  callId: string;
  /** The caller's phone number, normalized; absent when withheld. */
  caller?: string;
  /** When the call started (epoch ms). */
  startedAt?: number;
  /** The agent who took the call; the actor of every command the call leads to. */
  agentId?: string;
  /** The case an outbound call (a return visit) is about, as given in the header. */
  regarding?: string;
  language: Language;
  turns: Turn[];
}

/** Limits that keep one bad upload from tying up the hotline service. */
export interface ParseTranscriptOptions {
  /** Maximum input size in characters (default 200,000). */
  maxChars?: number;
  /** Maximum number of turns (default 1,000). */
  maxTurns?: number;
  /** Extra speaker labels of your ASR (e.g. `{ spk_0: 'agent', spk_1: 'caller' }`). */
  speakers?: Record<string, Speaker>;
  /** Call id for a bare JSON array of segments, which has no envelope to carry one. */
  callId?: string;
}

/** JSON as an ASR pipeline delivers it: an envelope around the segments. */
export interface TranscriptJson {
  callId: string;
  caller?: string;
  started?: string;
  agentId?: string;
  case?: string;
  language?: Language;
  segments: TranscriptSegment[];
}

/** One ASR segment. */
export interface TranscriptSegment {
  speaker: string;
  start: number;
  end: number;
  text: string;
}

const DEFAULT_MAX_CHARS = 200_000;
const DEFAULT_MAX_TURNS = 1_000;
const MAX_ID_LENGTH = 120;

const SPEAKERS: Record<string, Speaker> = {
  agent: 'agent',
  operator: 'agent',
  坐席: 'agent',
  客服: 'agent',
  话务员: 'agent',
  caller: 'caller',
  citizen: 'caller',
  customer: 'caller',
  市民: 'caller',
  来电人: 'caller',
};

type HeaderField = 'callId' | 'caller' | 'started' | 'agentId' | 'case' | 'language';

const HEADERS: Record<string, HeaderField> = {
  'call-id': 'callId',
  通话编号: 'callId',
  caller: 'caller',
  来电号码: 'caller',
  started: 'started',
  开始时间: 'started',
  'agent-id': 'agentId',
  坐席工号: 'agentId',
  case: 'case',
  工单编号: 'case',
  language: 'language',
  语言: 'language',
};

const LABELLED_LINE =
  /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\]?\s+)?([A-Za-z][\w-]*|[\u4e00-\u9fff]{2,4})\s*[:：]\s?(.*)$/;
const WITHHELD = /^(?:|anonymous|unknown|withheld|private|匿名|未知|隐藏)$/i;
// The hotline's side under another label — a second agent, a supervisor, the IVR, the system, a
// numbered speaker ("Agent2:", "Agent :", "坐席A：", "坐席(1001)：", "话务员2：", "IVR:", "系统：",
// "Speaker 1:"): never the caller's words, so never run into the caller's turn before it.
const OTHER_SIDE_LINE =
  /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\]?\s+)?((?:agent|operator|supervisor|ivr|system|bot|speaker|坐席|客服|话务员|系统|质检|班长|机器人)[\w\s()（）#一二三四五六七八九十甲乙丙丁-]{0,12}?)\s*[:：]\s?(.*)$/i;

function speakerOf(label: string, extra: Record<string, Speaker> | undefined): Speaker | undefined {
  return extra?.[label] ?? SPEAKERS[label.toLowerCase()];
}

function checkId(value: string, what: string, where: { line?: number; segment?: number }): string {
  const id = value.trim();
  if (id.length === 0 || id.length > MAX_ID_LENGTH || [...id].some((char) => char.charCodeAt(0) < 32)) {
    throw new TranscriptError(
      'bad-header',
      `${what} must be 1 to ${MAX_ID_LENGTH} printable characters`,
      where,
    );
  }
  return id;
}

function readPhone(value: string, where: { line?: number; segment?: number }): string | undefined {
  const trimmed = value.trim();
  if (WITHHELD.test(trimmed)) return undefined;
  const phone = normalizePhone(trimmed);
  if (!/^\+?\d{3,20}$/.test(phone)) {
    throw new TranscriptError(
      'bad-header',
      `Caller must be a phone number (or "withheld"), got "${trimmed.slice(0, 40)}"`,
      where,
    );
  }
  return phone;
}

function readTime(value: string, where: { line?: number; segment?: number }): number {
  const at = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value.trim()) ? Date.parse(value.trim()) : Number.NaN;
  if (!Number.isFinite(at)) {
    throw new TranscriptError(
      'bad-header',
      `Started must be an ISO time such as 2026-03-01T09:30:00+08:00, got "${value.trim().slice(0, 40)}"`,
      where,
    );
  }
  return at;
}

function readLanguage(value: string, where: { line?: number; segment?: number }): Language {
  const language = value.trim().toLowerCase();
  if (language.startsWith('zh') || language === '中文') return 'zh';
  if (language.startsWith('en') || language === '英文') return 'en';
  throw new TranscriptError(
    'bad-header',
    `Language must be zh or en, got "${value.trim().slice(0, 20)}"`,
    where,
  );
}

function detectLanguage(turns: Turn[]): Language {
  const spoken = turns.some((turn) => turn.speaker === 'caller')
    ? turns.filter((t) => t.speaker === 'caller')
    : turns;
  let han = 0;
  let latin = 0;
  for (const turn of spoken) {
    for (let i = 0; i < turn.text.length; i++) {
      const code = turn.text.charCodeAt(i);
      if (code >= 0x4e00 && code <= 0x9fff) han += 1;
      else if ((code | 32) >= 97 && (code | 32) <= 122) latin += 1;
    }
  }
  // A Chinese character carries about as much as a short English word.
  return han * 3 >= latin && han > 0 ? 'zh' : 'en';
}

interface Header {
  callId?: string;
  caller?: string;
  startedAt?: number;
  agentId?: string;
  regarding?: string;
  language?: Language;
}

/**
 * A call id derived from what was said, for a transcript without one: the same transcript
 * always gets the same id, so handling it again is still a replay.
 */
function contentId(turns: readonly Turn[], header: Header): string {
  const hash = createHash('sha256');
  hash.update(`${header.caller ?? ''}\n${header.startedAt ?? ''}\n`);
  for (const turn of turns) hash.update(`${turn.speaker}:${turn.text.replace(/\s+/g, ' ')}\n`);
  return `call-${hash.digest('hex').slice(0, 20)}`;
}

function finish(header: Header, turns: Turn[], where: { line?: number; segment?: number }): Transcript {
  if (turns.length === 0) throw new TranscriptError('no-turns', 'the call has no Agent/Caller turns', where);
  const transcript: Transcript = {
    callId: header.callId ?? contentId(turns, header),
    language: header.language ?? detectLanguage(turns),
    turns,
  };
  if (header.caller !== undefined) transcript.caller = header.caller;
  if (header.startedAt !== undefined) transcript.startedAt = header.startedAt;
  if (header.agentId !== undefined) transcript.agentId = header.agentId;
  if (header.regarding !== undefined) transcript.regarding = header.regarding;
  return transcript;
}

function setHeader(header: Header, field: HeaderField, value: string, line: number): void {
  const where = { line };
  if (field === 'callId') header.callId = checkId(value, 'Call-Id', where);
  else if (field === 'caller') {
    const phone = readPhone(value, where);
    if (phone !== undefined) header.caller = phone;
  } else if (field === 'started') header.startedAt = readTime(value, where);
  else if (field === 'agentId') header.agentId = checkId(value, 'Agent-Id', where);
  else if (field === 'case') header.regarding = checkId(value, 'Case', where);
  else header.language = readLanguage(value, where);
}

function parseText(text: string, options: ParseTranscriptOptions, maxTurns: number): Transcript {
  const lines = text.split(/\r\n|\r|\n/);
  const header: Header = {};
  const turns: Turn[] = [];
  let inHeader = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.trim().length === 0) {
      if (header.callId !== undefined || turns.length > 0 || Object.keys(header).length > 0) inHeader = false;
      continue;
    }
    let labelled = LABELLED_LINE.exec(raw);
    let label = labelled?.[1];
    let speaker = label === undefined ? undefined : speakerOf(label, options.speakers);
    if (speaker === undefined && !inHeader) {
      const other = OTHER_SIDE_LINE.exec(raw);
      if (other) {
        labelled = other;
        label = other[1];
        speaker = 'agent';
      }
    }
    if (inHeader && label !== undefined) {
      // `Caller:` is a header until the blank line (or the first other turn); then it is the caller speaking.
      const field = HEADERS[label.toLowerCase()];
      if (field !== undefined) {
        setHeader(header, field, labelled![2]!, line);
        continue;
      }
      if (/^x-/i.test(label)) continue;
      if (speaker === undefined && /^[A-Za-z]/.test(label)) {
        throw new TranscriptError(
          'bad-header',
          `unknown header "${label}" (expected Call-Id, Caller, Started, Agent-Id, Case or Language)`,
          { line },
        );
      }
    }
    inHeader = false;
    if (speaker !== undefined) {
      if (turns.length >= maxTurns) {
        throw new TranscriptError('too-many-turns', `the call has more than ${maxTurns} turns`, { line });
      }
      turns.push({ index: turns.length, speaker, text: labelled![2]!.trim(), line });
      continue;
    }
    const previous = turns[turns.length - 1];
    if (!previous) {
      throw new TranscriptError(
        'bad-turn',
        `expected a turn such as "Agent: …", "Caller: …", "坐席：…" or "市民：…", got "${raw.trim().slice(0, 40)}"`,
        { line },
      );
    }
    // ASR exports wrap long turns; a line without a label continues the turn before it.
    previous.text = `${previous.text} ${raw.trim()}`.trim();
  }
  return finish(header, turns, { line: lines.length });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonLine(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/.exec(String((error as Error)?.message ?? ''))?.[1];
  if (position === undefined) return undefined;
  return text.slice(0, Number(position)).split('\n').length;
}

function parseSegments(value: unknown, options: ParseTranscriptOptions, maxTurns: number): Transcript {
  const envelope = Array.isArray(value) ? { segments: value } : value;
  if (!isRecord(envelope)) {
    throw new TranscriptError(
      'bad-json',
      'JSON must be { callId, caller?, started?, segments: [...] } or an array of segments',
    );
  }
  const header: Header = {};
  const callId = envelope.callId ?? options.callId;
  if (callId !== undefined) {
    if (typeof callId !== 'string') throw new TranscriptError('bad-header', 'callId must be a string');
    header.callId = checkId(callId, 'callId', {});
  }
  const optionalString = (key: string): string | undefined => {
    const field = envelope[key];
    if (field === undefined || field === null) return undefined;
    if (typeof field !== 'string') throw new TranscriptError('bad-header', `${key} must be a string`);
    return field;
  };
  const caller = optionalString('caller');
  if (caller !== undefined) {
    const phone = readPhone(caller, {});
    if (phone !== undefined) header.caller = phone;
  }
  const started = optionalString('started');
  if (started !== undefined) header.startedAt = readTime(started, {});
  const agentId = optionalString('agentId');
  if (agentId !== undefined) header.agentId = checkId(agentId, 'agentId', {});
  const regarding = optionalString('case');
  if (regarding !== undefined) header.regarding = checkId(regarding, 'case', {});
  const language = optionalString('language');
  if (language !== undefined) header.language = readLanguage(language, {});
  const segments = envelope.segments;
  if (!Array.isArray(segments)) throw new TranscriptError('bad-json', 'segments must be an array');
  if (segments.length > maxTurns) {
    throw new TranscriptError(
      'too-many-turns',
      `the call has ${segments.length} segments, more than ${maxTurns}`,
    );
  }
  const turns: Turn[] = [];
  segments.forEach((segment: unknown, index) => {
    const where = { segment: index };
    if (!isRecord(segment)) throw new TranscriptError('bad-segment', 'a segment must be an object', where);
    const { speaker: label, start, end, text } = segment;
    const speaker = typeof label === 'string' ? speakerOf(label.trim(), options.speakers) : undefined;
    if (speaker === undefined) {
      throw new TranscriptError(
        'bad-segment',
        `speaker must be agent or caller (or a label in options.speakers), got ${JSON.stringify(label)?.slice(0, 40)}`,
        where,
      );
    }
    if (typeof text !== 'string') throw new TranscriptError('bad-segment', 'text must be a string', where);
    if (
      typeof start !== 'number' ||
      typeof end !== 'number' ||
      !(start >= 0) ||
      !(end >= start) ||
      !Number.isFinite(end)
    ) {
      throw new TranscriptError('bad-segment', 'start and end must be seconds with 0 <= start <= end', where);
    }
    if (text.trim().length === 0) return;
    turns.push({ index: turns.length, speaker, text: text.trim(), start, end });
  });
  return finish(header, turns, {});
}

/**
 * Reads a call transcript — plain text (`Call-Id:`/`Caller:`/`Started:` headers, a blank line,
 * then `Agent:`/`Caller:` or `坐席：`/`市民：` turns) or JSON ASR segments — into one `Transcript`,
 * and throws `TranscriptError` naming the line or segment when the input is malformed or too large.
 *
 * @example
 * ```ts
 * const call = parseTranscript('Call-Id: c-1\nCaller: 13800138000\n\n坐席：您好\n市民：我要催办');
 * call.turns[1]; // { index: 1, speaker: 'caller', text: '我要催办', line: 5 }
 * ```
 */
export function parseTranscript(
  input: string | TranscriptJson | TranscriptSegment[],
  options: ParseTranscriptOptions = {},
): Transcript {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const maxTurns = options.maxTurns ?? DEFAULT_MAX_TURNS;
  if (typeof input !== 'string') {
    if (typeof input !== 'object' || input === null) {
      throw new TranscriptError(
        'not-text',
        'a transcript must be text, a JSON envelope or an array of segments',
      );
    }
    let size: number;
    try {
      size = JSON.stringify(input)?.length ?? 0;
    } catch {
      throw new TranscriptError('bad-json', 'the transcript object cannot be serialized as JSON');
    }
    if (size > maxChars)
      throw new TranscriptError('too-large', `the transcript has ${size} characters, more than ${maxChars}`);
    return parseSegments(input, options, maxTurns);
  }
  if (input.length > maxChars) {
    throw new TranscriptError(
      'too-large',
      `the transcript has ${input.length} characters, more than ${maxChars}`,
    );
  }
  const text = input.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.length === 0) throw new TranscriptError('empty', 'the transcript is empty');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const line = jsonLine(text, error);
      throw new TranscriptError(
        'bad-json',
        `invalid JSON: ${(error as Error).message}`,
        line === undefined ? {} : { line },
      );
    }
    return parseSegments(value, options, maxTurns);
  }
  return parseText(text, options, maxTurns);
}
