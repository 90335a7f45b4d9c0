import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PagedListState } from './usePagedList';

/** "Show more" under a server-paged list, and the alert when fetching the next page failed. */
export function ShowMore<T>({ paged }: { paged: PagedListState<T> }) {
  const { messages: m } = useI18n();
  return (
    <>
      {paged.status === 'success' && paged.list.hasNextPage && (
        <div className="cases-page__more">
          <Button
            type="button"
            variant="secondary"
            loading={paged.loadingMore}
            aria-disabled={paged.loadingMore || undefined}
            onClick={paged.loadMore}
            data-testid="show-more"
          >
            {m.casesShowMore}
          </Button>
        </div>
      )}
      {paged.moreFailed && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{m.errorMessage}</Paragraph>
        </Alert>
      )}
    </>
  );
}
