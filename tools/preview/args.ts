// Command-line arguments of `npm start` (see server.ts).
export interface Args {
  port: number;
  workbook?: string;
  save?: string;
  today?: string;
  user?: string;
  locale?: string;
}

export const USAGE =
  'usage: npm start -- [--port N] [--workbook IN.xlsx] [--save OUT.xlsx] [--today YYYY-MM-DD] [--user EMAIL] [--locale vi|en]';

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { port: 8080 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const [name, inline] =
      flag.startsWith('--') && flag.includes('=')
        ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
        : [flag, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    switch (name) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535\n${USAGE}`);
        args.port = port;
        break;
      }
      case '--workbook':
        args.workbook = value();
        break;
      case '--save':
        args.save = value();
        break;
      case '--today': {
        const today = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD\n${USAGE}`);
        args.today = today;
        break;
      }
      case '--user':
        args.user = value();
        break;
      case '--locale':
        args.locale = value();
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${flag}\n${USAGE}`);
    }
  }
  return args;
}
