'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/auth/guard';

type FormAction = (prev: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;

/** A form posting to a server action (works before hydration too), showing the error if it fails. */
export function ActionForm({
  action,
  children,
  className,
  confirm,
  resetOnSuccess = false,
  label,
}: {
  action: FormAction;
  children: ReactNode;
  className?: string;
  confirm?: string;
  resetOnSuccess?: boolean;
  label?: string;
}) {
  const t = useTranslations('claimSets');
  const [state, formAction, isPending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && state?.ok) ref.current?.reset();
  }, [state, resetOnSuccess]);
  return (
    <form
      ref={ref}
      action={formAction}
      className={className}
      aria-label={label}
      aria-busy={isPending}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {children}
      {state && !state.ok ? (
        <p className="form-error" role="alert">
          {t('failed', { message: state.error.message })}
        </p>
      ) : null}
    </form>
  );
}
