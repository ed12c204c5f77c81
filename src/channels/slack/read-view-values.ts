import type { FormValues } from '../../ui/model.js';

interface SlackStateValue {
  type?: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_date?: string | null;
  selected_time?: string | null;
  selected_user?: string | null;
}

/** Reads a modal's `state.values` (block id = field id, action id = field id) into neutral form values. */
export function readViewValues(state: { values?: Record<string, Record<string, SlackStateValue>> } | undefined): FormValues {
  const values: FormValues = {};
  for (const [blockId, actions] of Object.entries(state?.values ?? {})) {
    for (const input of Object.values(actions)) {
      if (input.selected_options) values[blockId] = input.selected_options.map((o) => o.value);
      else if (input.selected_option !== undefined) values[blockId] = input.selected_option?.value ?? undefined;
      else if (input.selected_date !== undefined) values[blockId] = input.selected_date ?? undefined;
      else if (input.selected_time !== undefined) values[blockId] = input.selected_time ?? undefined;
      else if (input.selected_user !== undefined) values[blockId] = input.selected_user ?? undefined;
      else values[blockId] = input.value ?? undefined;
    }
  }
  return values;
}
