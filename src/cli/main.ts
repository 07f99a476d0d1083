import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { detectLang } from './lang.js';
import { CLI_TEXT } from '../i18n/cli-text.js';
import { UsageError } from '../app/usage-error.js';
import type { Lang } from '../model/lang.js';

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Parse the command line and run a command. Heavy modules load only inside the command that needs them. */
export async function main(argv: string[]): Promise<number> {
  const lang = detectLang(argv);
  const t = CLI_TEXT[lang];
  let exitCode = 0;
  const program = new Command('cnscd');
  const errors: string[] = [];
  // `<dir>`, `[options]`: the words between the brackets in the user's language (what commander prints of them).
  const flags = (text: string) =>
    text.replace(
      /([<[])([a-z]+)(\.\.\.)?([>\]])/g,
      (_all, open: string, word: string, more = '', close: string) => `${open}${t.placeholders[word] ?? word}${more}${close}`,
    );
  const configure = (cmd: Command) =>
    cmd
      .exitOverride()
      .configureOutput({
        writeOut: (s) => process.stdout.write(s),
        writeErr: (s) => process.stderr.write(s),
        outputError: (s) => errors.push(translateCommanderError(s, lang)),
      })
      .configureHelp({ styleTitle: (s) => t.titles[s] ?? s, styleUsage: (s) => flags(s), styleSubcommandTerm: (s) => flags(s) })
      .helpOption('-h, --help', t.help);

  configure(program)
    .description(t.description)
    .version(version(), '-V, --version', t.version)
    .helpCommand('help [command]', t.helpCommand)
    .option(flags('--lang <lang>'), t.lang);

  const validate = new Command('validate')
    .description(t.validate.description)
    .argument(flags('<files...>'), t.validate.files)
    .option('--json', t.validate.json)
    .option(flags('--format <format>'), t.format)
    .option('--strict', t.validate.strict)
    .option(flags('--schema <file>'), t.validate.schema)
    .option(flags('--encoding <name>'), t.validate.encoding)
    .option(flags('--period <period>'), t.validate.period)
    .option('-r, --recursive', t.recursive)
    .option(flags('--lang <lang>'), t.lang)
    .addHelpText('after', t.validate.after)
    .action(async (files: string[], opts: Record<string, unknown>) => {
      checkLang(opts.lang ?? program.opts().lang, lang);
      const { runValidate } = await import('./validate.js');
      exitCode = await runValidate(files, { ...opts, lang }, t);
    });
  program.addCommand(configure(validate));

  const aggregate = new Command('aggregate')
    .description(t.aggregate.description)
    .argument(flags('<dir>'), t.aggregate.dir)
    .option(flags('--out <dir>'), t.aggregate.out)
    .option(flags('--roster <file>'), t.aggregate.roster)
    .option(flags('--config <file>'), t.aggregate.config)
    .option(flags('--schema <file>'), t.validate.schema)
    .option(flags('--wording <file>'), t.aggregate.wording)
    .option(flags('--period <period>'), t.validate.period)
    .option(flags('--number <number>'), t.aggregate.number)
    .option(flags('--date <date>'), t.aggregate.date)
    .option(flags('--place <place>'), t.aggregate.place)
    .option(flags('--encoding <name>'), t.validate.encoding)
    .option('--json', t.aggregate.json)
    .option(flags('--format <format>'), t.format)
    .option('--strict', t.aggregate.strict)
    .option('--pdf', t.aggregate.pdf)
    .option(flags('--by <level>'), t.aggregate.by)
    .option(flags('--previous <path>'), t.aggregate.previous)
    .option('--no-chart', t.aggregate.noChart)
    .option('-r, --recursive', t.recursive)
    .option(flags('--lang <lang>'), t.lang)
    .addHelpText('after', t.aggregate.after)
    .action(async (dir: string, opts: Record<string, unknown>) => {
      checkLang(opts.lang ?? program.opts().lang, lang);
      const { runAggregate } = await import('./aggregate.js');
      exitCode = await runAggregate(dir, { ...opts, lang }, t);
    });
  program.addCommand(configure(aggregate));

  const template = new Command('template')
    .description(t.template.description)
    .option(flags('--out <file>'), t.template.out)
    .option(flags('--unit <name>'), t.template.unit)
    .option(flags('--code <code>'), t.template.code)
    .option(flags('--period <period>'), t.template.period)
    .option(flags('--schema <file>'), t.validate.schema)
    .option('--force', t.template.force)
    .option(flags('--lang <lang>'), t.lang)
    .addHelpText('after', t.template.after)
    .action(async (opts: Record<string, unknown>) => {
      checkLang(opts.lang ?? program.opts().lang, lang);
      const { runTemplate } = await import('./template.js');
      exitCode = await runTemplate({ ...opts, lang }, t);
    });
  program.addCommand(configure(template));

  const web = new Command('web')
    .description(t.web.description)
    .option(flags('--out <file>'), t.web.out)
    .option('--force', t.web.force)
    .option(flags('--lang <lang>'), t.lang)
    .addHelpText('after', t.web.after)
    .action(async (opts: Record<string, unknown>) => {
      checkLang(opts.lang ?? program.opts().lang, lang);
      const { runWeb } = await import('./web.js');
      exitCode = await runWeb({ ...opts, lang }, t);
    });
  program.addCommand(configure(web));

  const init = new Command('init')
    .description(t.init.description)
    .option(flags('--dir <dir>'), t.init.dir)
    .option(flags('--lang <lang>'), t.lang)
    .addHelpText('after', t.init.after)
    .action(async (opts: Record<string, unknown>) => {
      checkLang(opts.lang ?? program.opts().lang, lang);
      const { runInit } = await import('./init.js');
      exitCode = await runInit({ ...opts, lang }, t);
    });
  program.addCommand(configure(init));

  const schema = new Command('schema')
    .description(t.schemaCmd.description)
    .option(flags('--schema <file>'), t.validate.schema)
    .option('--json', t.schemaCmd.json)
    .option(flags('--lang <lang>'), t.lang)
    .addHelpText('after', t.schemaCmd.after)
    .action(async (opts: Record<string, unknown>) => {
      checkLang(opts.lang ?? program.opts().lang, lang);
      const { runSchema } = await import('./schema.js');
      exitCode = await runSchema({ ...opts, lang }, t);
    });
  program.addCommand(configure(schema));

  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      process.stderr.write(`cnscd: ${errors.join('\n') || error.message}\n${t.seeHelp}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`cnscd: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function checkLang(value: unknown, lang: Lang): void {
  if (value !== undefined && value !== 'vi' && value !== 'en') throw new UsageError(CLI_TEXT[lang].badLang(String(value)));
}

/** Commander speaks English; say the same in the user's language. */
function translateCommanderError(message: string, lang: Lang): string {
  const t = CLI_TEXT[lang];
  const text = message.replace(/^error:\s*/, '').trim();
  let m = /^unknown option '([^']+)'/.exec(text);
  if (m) return t.unknownOption(m[1]!);
  m = /^unknown command '([^']+)'/.exec(text);
  if (m) return t.unknownCommand(m[1]!);
  m = /^missing required argument '([^']+)'/.exec(text);
  if (m) return t.missingArgument(m[1]!);
  m = /^option '([^']+)' argument missing/.exec(text);
  if (m) return t.optionMissingArgument(m[1]!);
  m = /^option '([^']+)' argument '([^']+)' is invalid/.exec(text);
  if (m && m[1]!.startsWith('--lang')) return t.badLang(m[2]!);
  return text;
}
