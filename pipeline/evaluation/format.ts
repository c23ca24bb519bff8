/** Prints an EvalReport as one table, and its errors as lines an annotator can read. */
import type { Accuracy, EvalError, EvalReport, PRF, Recall } from './metrics.js';

const figure = (value: number | null): string => (value === null ? '  n/a' : value.toFixed(3));

function row(stage: string, measure: string, value: string, counts: string): string {
  return `${stage.padEnd(22)}${measure.padEnd(10)}${value.padEnd(25)}${counts}`;
}

const prfRow = (stage: string, score: PRF): string =>
  row(stage, 'P/R/F1', `${figure(score.precision)} ${figure(score.recall)} ${figure(score.f1)}`, `tp ${score.tp}  fp ${score.fp}  fn ${score.fn}`);
const accuracyRow = (stage: string, score: Accuracy): string => row(stage, 'accuracy', figure(score.accuracy), `${score.correct}/${score.total}`);
const recallRow = (stage: string, score: Recall): string => row(stage, 'recall', figure(score.recall), `${score.found}/${score.total}`);

export function formatTable(report: EvalReport): string {
  const { articles } = report;
  const lines = [
    `articles: ${articles.gold} in gold, ${articles.predicted} predicted${articles.missing.length ? `, ${articles.missing.length} missing from the predictions` : ''}${articles.failed ? `, ${articles.failed} failed` : ''}`,
    '',
    row('stage', 'measure', 'figure', 'counts'),
    row('-----', '-------', '------', '------'),
    accuracyRow('language', report.language),
    accuracyRow('publication date', report.published),
    prfRow('quote detection', report.quotes),
    accuracyRow('speaker attribution', report.speakers),
    prfRow('end-to-end', report.endToEnd),
    recallRow('quotes: direct', report.quoteKinds.direct),
    recallRow('quotes: partial', report.quoteKinds.partial),
    recallRow('quotes: indirect', report.quoteKinds.indirect),
    prfRow('entities (typed)', report.entities.typed),
    prfRow('entities (untyped)', report.entities.untyped),
    prfRow('entities: PERSON', report.entities.byType.PERSON),
    prfRow('entities: ORG', report.entities.byType.ORG),
    prfRow('entities: LOC', report.entities.byType.LOC),
    accuracyRow('entities: role', report.entities.roles),
    prfRow('dates: detection', report.dates.detection),
    accuracyRow('dates: value', report.dates.value),
    recallRow('flags', report.flags),
  ];
  return lines.join('\n');
}

const ERROR_ORDER: EvalError['stage'][] = ['article', 'language', 'published', 'quote', 'speaker', 'entity', 'role', 'date', 'date-value', 'flag'];

export function formatErrors(errors: readonly EvalError[]): string {
  const sorted = [...errors].sort((a, b) => a.id.localeCompare(b.id) || ERROR_ORDER.indexOf(a.stage) - ERROR_ORDER.indexOf(b.stage));
  return sorted
    .map((error) => {
      const parts = [`${error.id}`, `${error.stage} ${error.kind}`];
      if (error.gold !== undefined) parts.push(`gold: ${error.gold}`);
      if (error.pred !== undefined) parts.push(`pred: ${error.pred}`);
      return parts.join('\t');
    })
    .join('\n');
}
