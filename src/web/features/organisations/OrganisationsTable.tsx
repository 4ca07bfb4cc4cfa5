import { Link } from 'wouter';
import type { InstallationOrganisation } from '../../../shared/authoring-schemas';
import { useOrganisations } from '../../api/queries';
import { ScrollRegion } from '../../components/States';
import { LANG_NAMES, useT } from '../../i18n';

/** Every organisation of the installation: name, Kolada id, language, model, plans and admins. */
export function OrganisationsTable({ organisations }: { organisations: InstallationOrganisation[] }) {
  const { t, lang } = useT();
  // The installation admin reaches the model page only of organisations where they have a role.
  const mine = new Set((useOrganisations().data ?? []).map((o) => o.id));
  if (organisations.length === 0) return <p>{t('orgs.empty')}</p>;
  return (
    <ScrollRegion label={t('orgs.caption')}>
      <table className="data-table organisations-table">
        <caption className="visually-hidden">{t('orgs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('orgs.col.name')}</th>
            <th scope="col">{t('orgs.col.kolada')}</th>
            <th scope="col">{t('orgs.col.language')}</th>
            <th scope="col">{t('orgs.col.model')}</th>
            <th scope="col" className="numeric">
              {t('orgs.col.plans')}
            </th>
            <th scope="col">{t('orgs.col.admins')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <th scope="row">{mine.has(o.id) ? <Link href={`/organisations/${o.id}/model`}>{o.name}</Link> : o.name}</th>
              <td>{o.koladaId ?? t('orgs.noKolada')}</td>
              <td lang={o.defaultLang}>{LANG_NAMES[o.defaultLang]}</td>
              <td>{o.modelName[lang]}</td>
              <td className="numeric">{o.plans}</td>
              <td>{o.admins.length > 0 ? o.admins.join(', ') : t('orgs.noAdmins')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
