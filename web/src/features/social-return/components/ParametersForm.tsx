import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OUTCOME_KINDS } from '../../../../../shared/domain/sroi/schema.ts';
import { sourceText, type SroiParameters } from '../../../../../shared/domain/sroi/parameters.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { formatNumberInput } from '../../../ui/format.ts';
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx';
import { SubmitButton } from '../../../ui/SubmitButton.tsx';
import { TextAreaInput, TextInput } from '../../../ui/fields.tsx';
import { text, useForm } from '../../../lib/form.ts';
import { type ParameterSet, useSaveVersion } from '../api.ts';
import forms from '../../../ui/forms.module.css';
import socialReturn from '../social-return.module.css';
import buttons from '../../../ui/buttons.module.css';

/** '3,5' and '3.5' are both 3.5; empty is undefined; anything else stays text so the schema names the field. */
function num(raw: string): number | string | undefined {
  const s = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : raw;
}
const pct = z.number().min(0).max(100);
const money = z.number().min(-10_000_000).max(10_000_000);
const EXTRA_COST_ROWS = 2;

/**
 * Edits the latest version of a parameter set. Saving makes a NEW version (the server never
 * overwrites), and a reason is required so the history says why each value changed. Value rows
 * keep their kind and years; editing a row's source marks it as no longer an example.
 */
export function ParametersForm({
  programmeId,
  set,
  onSaved,
}: {
  programmeId: string;
  set: ParameterSet;
  onSaved: (version: number) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const p = set.latest.parameters;
  const save = useSaveVersion(programmeId, set.id);
  const costRows = p.costs.length + EXTRA_COST_ROWS;
  const pctIn = (share: number) => formatNumberInput(Math.round(share * 10_000) / 100, locale);
  const kindName = (k: string) => t(`socialReturn.kinds.${k}`);

  const labels: Record<string, string> = {
    discountRate: t('socialReturn.params.discountRate'),
    deadweight: t('socialReturn.params.deadweight'),
    attribution: t('socialReturn.params.attribution'),
    dropOff: t('socialReturn.params.dropOff'),
    horizonYears: t('socialReturn.params.horizonYears'),
  };
  for (let i = 0; i < costRows; i++) {
    labels[`cost_${i}_year`] = t('socialReturn.params.costYear', { n: i + 1 });
    labels[`cost_${i}_amount`] = t('socialReturn.params.costAmount', { n: i + 1 });
  }
  p.values.forEach((v, j) => {
    const span = v.toYear === null ? t('socialReturn.params.fromYear', { from: v.fromYear }) : `${v.fromYear}–${v.toYear}`;
    labels[`value_${j}_saved`] = t('socialReturn.params.saved', { kind: kindName(v.kind), span });
    labels[`value_${j}_tax`] = t('socialReturn.params.tax', { kind: kindName(v.kind), span });
    labels[`value_${j}_source`] = t('socialReturn.params.source', { kind: kindName(v.kind), span });
  });
  for (const k of OUTCOME_KINDS) labels[`effect_${k}`] = t('socialReturn.params.effectYears', { kind: kindName(k) });
  labels.reason = t('socialReturn.params.reason');

  const shape: Record<string, z.ZodType> = {
    discountRate: pct,
    deadweight: pct,
    attribution: pct,
    dropOff: pct,
    horizonYears: z.int().min(1).max(50),
    reason: z.string().trim().min(1, { error: 'reason_required' }).max(500),
  };
  for (let i = 0; i < costRows; i++) {
    shape[`cost_${i}_year`] = z.int().min(1900).max(2200).optional();
    shape[`cost_${i}_amount`] = z.number().min(0).optional();
  }
  p.values.forEach((_, j) => {
    shape[`value_${j}_saved`] = money;
    shape[`value_${j}_tax`] = money;
    shape[`value_${j}_source`] = z.string().trim().min(1).max(500);
  });
  for (const k of OUTCOME_KINDS) shape[`effect_${k}`] = z.int().min(1).max(40);
  const schema = z.object(shape).superRefine((v, ctx) => {
    for (let i = 0; i < costRows; i++) {
      const year = v[`cost_${i}_year`];
      const amount = v[`cost_${i}_amount`];
      if ((year === undefined) !== (amount === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [year === undefined ? `cost_${i}_year` : `cost_${i}_amount`],
          message: 'cost_row_incomplete',
        });
      }
    }
  });

  const form = useForm({
    id: `sroi-params-${set.id}`,
    schema,
    labels,
    read: (data) => {
      const raw: Record<string, unknown> = {};
      for (const name of Object.keys(labels))
        raw[name] = name === 'reason' || name.endsWith('_source') ? text(data, name) : num(text(data, name));
      return raw;
    },
    submit: async (v) => {
      const n = (name: string) => v[name] as number;
      const parameters: SroiParameters = {
        discountRate: n('discountRate') / 100,
        deadweight: n('deadweight') / 100,
        attribution: n('attribution') / 100,
        dropOff: n('dropOff') / 100,
        horizonYears: n('horizonYears'),
        costs: Array.from({ length: costRows }, (_, i) => ({
          year: v[`cost_${i}_year`] as number | undefined,
          amount: v[`cost_${i}_amount`] as number | undefined,
        })).filter((c): c is { year: number; amount: number } => c.year !== undefined && c.amount !== undefined),
        values: p.values.map((row, j) => {
          const source = v[`value_${j}_source`] as string;
          // The field shows the example source in the reader's language; left as shown, the row keeps its stored source.
          const unchanged = source === sourceText(row.source, locale);
          return {
            ...row,
            savedBenefitsPerYear: n(`value_${j}_saved`),
            extraTaxPerYear: n(`value_${j}_tax`),
            source: unchanged ? row.source : source,
            example: row.example && unchanged,
          };
        }),
        effectYears: Object.fromEntries(OUTCOME_KINDS.map((k) => [k, n(`effect_${k}`)])) as SroiParameters['effectYears'],
      };
      const saved = await save.mutateAsync({ parameters, reason: v.reason as string });
      onSaved(saved.version);
    },
    mapError: (error) => {
      // Server paths are parameters.<field>; show them on the matching form field where there is one.
      const issues = (error as { issues?: { path: (string | number)[] }[] }).issues ?? [];
      const first = issues[0]?.path;
      if (!first || first[0] !== 'parameters') return undefined;
      const field = String(first[1]);
      return labels[field] ? { fields: { [field]: t('errors.validation_failed') } } : { general: [t('errors.validation_failed')] };
    },
  });

  const field = (
    name: string,
    defaultValue: string | number | null | undefined,
    width?: 'short' | 'medium',
    inputMode: 'decimal' | 'numeric' = 'decimal',
  ) => (
    <TextInput
      form={form}
      name={name}
      label={labels[name] ?? name}
      defaultValue={typeof defaultValue === 'number' ? formatNumberInput(defaultValue, locale) : (defaultValue ?? '')}
      width={width}
      inputMode={inputMode}
    />
  );

  return (
    <Form className={forms.form} onSubmit={form.handleSubmit} validationBehavior="aria" aria-labelledby="sr-params-heading">
      <h2 id="sr-params-heading">{t('socialReturn.params.heading', { version: set.latest.version })}</h2>
      <ErrorSummary form={form} />
      <fieldset className={socialReturn['sr-fieldset']}>
        <legend>{t('socialReturn.params.assumptions')}</legend>
        <div className={forms['field-row']}>
          {field('discountRate', pctIn(p.discountRate), 'short')}
          {field('deadweight', pctIn(p.deadweight), 'short')}
          {field('attribution', pctIn(p.attribution), 'short')}
          {field('dropOff', pctIn(p.dropOff), 'short')}
          {field('horizonYears', p.horizonYears, 'short', 'numeric')}
        </div>
      </fieldset>
      <fieldset className={socialReturn['sr-fieldset']}>
        <legend>{t('socialReturn.params.costs')}</legend>
        {Array.from({ length: costRows }, (_, i) => (
          <div className={forms['field-row']} key={i}>
            {field(`cost_${i}_year`, p.costs[i]?.year, 'short', 'numeric')}
            {field(`cost_${i}_amount`, p.costs[i]?.amount, 'medium')}
          </div>
        ))}
      </fieldset>
      <fieldset className={socialReturn['sr-fieldset']}>
        <legend>{t('socialReturn.params.values')}</legend>
        {p.values.map((v, j) => (
          <div key={j} className={socialReturn['sr-value-row']}>
            <div className={forms['field-row']}>
              {field(`value_${j}_saved`, v.savedBenefitsPerYear, 'medium')}
              {field(`value_${j}_tax`, v.extraTaxPerYear, 'medium')}
            </div>
            <TextAreaInput
              form={form}
              name={`value_${j}_source`}
              label={labels[`value_${j}_source`] ?? ''}
              defaultValue={sourceText(v.source, locale)}
              rows={2}
              description={v.example ? t('socialReturn.params.exampleHint') : undefined}
            />
          </div>
        ))}
      </fieldset>
      <fieldset className={socialReturn['sr-fieldset']}>
        <legend>{t('socialReturn.params.effect')}</legend>
        <div className={forms['field-row']}>
          {OUTCOME_KINDS.map((k) => (
            <span key={k}>{field(`effect_${k}`, p.effectYears[k], 'short', 'numeric')}</span>
          ))}
        </div>
      </fieldset>
      <TextAreaInput form={form} name="reason" label={labels.reason ?? ''} description={t('socialReturn.params.reasonHint')} isRequired />
      <div className={buttons['form-actions']}>
        <SubmitButton pending={form.pending}>{t('socialReturn.params.save')}</SubmitButton>
      </div>
    </Form>
  );
}
