// `npm start`: the local preview. Serves the workbook (the sample, or --workbook F.xlsx) with the add-on's
// menu, its real sidebars wired to the bundle through google.script.run, and cell editing that fires the
// on-edit trigger. The bundle must be built first (npm start does that).
//
//   npm start -- [--port 8080] [--workbook IN.xlsx] [--save OUT.xlsx] [--today YYYY-MM-DD] [--user EMAIL] [--locale vi|en]
import { resolve } from 'node:path';
import { openPreviewWorkbook } from './open-workbook';
import { startPreview } from './start';
import { parseArgs } from './args';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const backend = await openPreviewWorkbook({
    workbook: args.workbook ? resolve(args.workbook) : undefined,
    today: args.today,
    user: args.user,
    locale: args.locale,
  });
  const savePath = resolve(args.save ?? 'preview.xlsx');
  const preview = await startPreview({ port: args.port, backend, savePath });
  console.log(`Preview of ${args.workbook ?? 'the sample workbook'} at ${preview.url}  (Ctrl+C to stop)`);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      if (args.save) {
        await backend.save(savePath);
        console.log(`Saved ${savePath}`);
      }
      await preview.close();
      console.log(`Preview stopped (${signal}).`);
      process.exit(0);
    } catch (error) {
      console.error(`preview: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`preview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
