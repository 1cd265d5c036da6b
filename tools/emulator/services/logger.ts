// Logger and console: captured into the emulator's log instead of printed.
import { inspect } from 'node:util';
import { formatJavaString } from './utilities';

export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return inspect(value, { depth: 4, breakLength: Infinity });
}

export class LogSink {
  entries: LogEntry[] = [];

  add(entry: LogEntry): void {
    this.entries.push(entry);
  }

  messages(): string[] {
    return this.entries.map((e) => e.message);
  }

  clear(): void {
    this.entries = [];
  }
}

export class Logger {
  constructor(private readonly sink: LogSink) {}

  /** log(data) or log(format, ...values) with Java format specifiers. */
  log(data: unknown, ...values: unknown[]): Logger {
    const message = values.length && typeof data === 'string' ? formatJavaString(data, values) : text(data);
    this.sink.add({ source: 'Logger', level: 'log', message });
    return this;
  }

  getLog(): string {
    return this.sink.entries
      .filter((e) => e.source === 'Logger')
      .map((e) => e.message)
      .join('\n');
  }

  clear(): void {
    this.sink.entries = this.sink.entries.filter((e) => e.source !== 'Logger');
  }
}

export class Console {
  constructor(private readonly sink: LogSink) {}

  private write(level: LogEntry['level'], args: unknown[]): void {
    this.sink.add({ source: 'console', level, message: args.map(text).join(' ') });
  }

  log(...args: unknown[]): void {
    this.write('log', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }

  time(_label?: string): void {}

  timeEnd(_label?: string): void {}
}
