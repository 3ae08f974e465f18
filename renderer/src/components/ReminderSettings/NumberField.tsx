import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface NumberFieldProps<V extends FieldValues> extends Omit<
  NumberInputProps,
  'value' | 'onChange' | 'name'
> {
  control: Control<V>;
  name: FieldPath<V>;
}

/**
 * A Mantine number input bound to the form. Uncontrolled, so a half-typed "1." stays on screen;
 * the form holds the number (NaN when empty or unfinished, which the schema names).
 */
export function NumberField<V extends FieldValues>({ control, name, ...props }: NumberFieldProps<V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...props}
          clampBehavior="none"
          defaultValue={typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : ''}
          onChange={(value) =>
            field.onChange(
              typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value),
            )
          }
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
