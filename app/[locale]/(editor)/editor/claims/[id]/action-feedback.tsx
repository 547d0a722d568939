import styles from './claim.module.css';

/** The outcome of a form's last action on the claim page: an error (announced at once) and/or a confirmation. */
export function ActionFeedback({ error, message }: { error?: string | null; message?: string | null }) {
  return (
    <>
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
      {message ? (
        <p role="status" className={styles.message}>
          {message}
        </p>
      ) : null}
    </>
  );
}
