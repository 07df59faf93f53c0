import { Notice, type Command } from 'obsidian';
import { basenameOf } from '../core/index/linkPath';
import type { Problem } from '../core/model/Problem';
import { ChoiceModal, type Choice } from '../obsidian/modals/ChoiceModal';
import type { PluginContext } from '../obsidian/PluginContext';

/** Lists every problem in the vault's items; choosing one opens its note at the field. */
export function openProblemsCommand(ctx: PluginContext): Command {
  return {
    id: 'open-problems',
    name: 'Open problems list',
    callback: () => {
      const problems = ctx.source.index.problems();
      if (problems.length === 0) {
        new Notice('No problems: every item reads cleanly.');
        return;
      }
      const choices = problems.map(problemChoice);
      new ChoiceModal(
        ctx.app,
        choices,
        `${problems.length} problem${problems.length === 1 ? '' : 's'}: type to filter…`,
        (p) => ctx.actions.openNote(p.path, p.field === '' ? undefined : p.field, p.line),
      ).open();
    },
  };
}

/** A problem as a choice: `Note: field: message`, with the path and line as the hint. */
export function problemChoice(p: Problem): Choice<Problem> {
  const label = `${basenameOf(p.path)}: ${p.field === '' ? '' : `${p.field}: `}${p.message}`;
  return { value: p, label, hint: p.line === undefined ? p.path : `${p.path}, line ${p.line}` };
}
