import { useTranslation } from 'react-i18next';

/** Ids in the address that name no figure, listed as text. */
export function UnknownIdsNotice({ id, ids }: { id: string; ids: readonly string[] }) {
  const { t } = useTranslation('compare');
  return (
    <div id={id} className="notice" role="status">
      <p>{t('unknown.intro', { count: ids.length })}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
