import { useState } from 'react';
import { Link } from 'wouter';
import { LANGS } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { ModelUsage } from '../../../shared/authoring-schemas';
import { useGovernanceTemplates, useOrganisations } from '../../api/queries';
import { ErrorMessage, Loading, ScrollRegion, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { formatNumber } from '../../../domain/numbers';
import { DISPLAY, formatShare } from '../../lib/numbers';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useModelUsage } from './api';
import { ModelEditor } from './ModelEditor';
import { KoladaIdSetting } from '../kolada/KoladaIdSetting';

/** The organisation's governance model: its levels, measure kinds, bodies and roll-up rule; the owner's admins edit it. */
export function ModelPage({ orgId }: { orgId: number }) {
  const { t } = useT();
  const organisations = useOrganisations();
  const org = organisations.data?.find((o) => o.id === orgId);
  const usage = useModelUsage(orgId, !!org);
  const [editing, setEditing] = useState(false);
  // A new key starts the editor over from the newest model (after someone else's change).
  const [editorKey, setEditorKey] = useState(0);
  const [message, setMessage] = useState('');
  useDocumentTitle(org ? t('model.titleFor', { name: org.name }) : t('model.title'));

  if (organisations.isPending) return <Loading />;
  if (organisations.isError) return <ErrorMessage error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (!org) {
    return (
      <div className="page">
        <h1>{t('model.title')}</h1>
        <p>{t('model.orgNotFound')}</p>
      </div>
    );
  }
  const owner = usage.data?.ownerOrganisationId ?? orgId;
  const isOwner = owner === orgId;
  const mayEdit = org.role === 'admin' && isOwner && usage.isSuccess;

  const reload = () => {
    setMessage('');
    void Promise.all([organisations.refetch(), usage.refetch()]).then(() => {
      setEditorKey((k) => k + 1);
      setMessage(t('modelEdit.reloaded'));
    });
  };

  return (
    <div className="page model">
      <h1>{t('model.titleFor', { name: org.name })}</h1>
      <p className="lead">{t('model.intro')}</p>
      {usage.isError && <ErrorMessage error={usage.error} onRetry={() => void usage.refetch()} />}
      {usage.data && <ModelUsers usage={usage.data} orgId={orgId} ownerIsMine={organisations.data.some((o) => o.id === usage.data.ownerOrganisationId && o.role === 'admin')} />}
      <SuccessMessage message={message} />
      {editing && usage.data ? (
        <ModelEditor
          key={editorKey}
          orgId={org.id}
          model={org.governanceModel}
          usage={usage.data}
          onCancel={() => setEditing(false)}
          onReload={reload}
          onSaved={() => {
            setEditing(false);
            setMessage(t('model.saved'));
          }}
        />
      ) : (
        <>
          {mayEdit ? (
            <p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setMessage('');
                  setEditing(true);
                }}
              >
                {t('model.edit')}
              </button>
            </p>
          ) : (
            isOwner && <p className="meta">{t('model.adminOnly')}</p>
          )}
          <ModelView model={org.governanceModel} />
        </>
      )}
      <KoladaIdSetting org={org} />
      <Templates />
    </div>
  );
}

/** Which organisations use the model and, when another one owns it, that only its admins change it. */
function ModelUsers({ usage, orgId, ownerIsMine }: { usage: ModelUsage; orgId: number; ownerIsMine: boolean }) {
  const { t } = useT();
  const owner = usage.organisations.find((o) => o.id === usage.ownerOrganisationId);
  const others = usage.organisations.length > 1;
  return (
    <section aria-labelledby="model-users-heading" className="model-users">
      <h2 id="model-users-heading">{t('modelEdit.usedBy')}</h2>
      {others ? (
        <>
          <p>{t('modelEdit.usedByMany', { count: usage.organisations.length })}</p>
          <ul>
            {usage.organisations.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('modelEdit.usedByOne', { name: usage.organisations[0]?.name ?? '' })}</p>
      )}
      {usage.ownerOrganisationId !== null && usage.ownerOrganisationId !== orgId && (
        <p className="notice">
          {t('modelEdit.ownedBy', { name: owner?.name ?? String(usage.ownerOrganisationId) })} {t('modelEdit.ownerOnlyHere')}
          {ownerIsMine && (
            <>
              {' '}
              <Link href={`/organisations/${usage.ownerOrganisationId}/model`}>{t('modelEdit.editAtOwner', { name: owner?.name ?? '' })}</Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}

function ModelView({ model }: { model: GovernanceModel }) {
  const { t, lang } = useT();
  const { rollup } = model;
  return (
    <>
      <p>
        <span className="meta">{t('model.name')}:</span> <strong>{model.name[lang]}</strong>
      </p>
      <section aria-labelledby="levels-heading">
        <h2 id="levels-heading">{t('model.levels')}</h2>
        <p>{t('model.levelsIntro')}</p>
        <ScrollRegion label={t('model.levelsCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('model.levelsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('model.order')}</th>
                {LANGS.map((l) => (
                  <th scope="col" key={l}>
                    {t('model.nameIn', { lang: t(`langName.${l}`) })}
                  </th>
                ))}
                <th scope="col">{t('model.carriesMeasures')}</th>
              </tr>
            </thead>
            <tbody>
              {model.levels.map((level, i) => (
                <tr key={level.key}>
                  <td>{i + 1}</td>
                  {LANGS.map((l) => (
                    <td key={l} lang={l}>
                      {level.name[l]}
                    </td>
                  ))}
                  <td>{level.carriesMeasures ? `✓ ${t('model.yes')}` : t('model.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">{t('model.kinds')}</h2>
        <ScrollRegion label={t('model.kindsCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('model.kindsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('model.kindName')}</th>
                <th scope="col">{t('model.decidedBy')}</th>
                <th scope="col">{t('model.targeted')}</th>
                <th scope="col">{t('modelEdit.changeWithoutRevision')}</th>
              </tr>
            </thead>
            <tbody>
              {model.measureKinds.map((kind) => (
                <tr key={kind.key}>
                  <th scope="row">{kind.name[lang]}</th>
                  <td>{kind.decidedBy[lang]}</td>
                  <td>{kind.targeted ? `✓ ${t('model.yes')}` : t('model.no')}</td>
                  <td>{kind.changeWithoutRevision ? `✓ ${t('model.yes')}` : t('model.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {model.bodies.length > 0 && (
        <section aria-labelledby="bodies-heading">
          <h2 id="bodies-heading">{t('model.bodies')}</h2>
          <dl className="facts">
            {model.bodies.map((body) => (
              <div key={body.code}>
                <dt>{body.code}</dt>
                <dd>{body.name[lang]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="rollup-heading">
        <h2 id="rollup-heading">{t('model.rollup')}</h2>
        <p>
          {t('model.rollupRule', {
            met: formatShare(rollup.metThreshold, lang),
            partly: formatShare(rollup.partlyThreshold, lang),
            weight: formatNumber(rollup.partlyWeight, lang, DISPLAY),
          })}
        </p>
        <dl className="facts">
          <div>
            <dt>{t('model.metThreshold')}</dt>
            <dd>{formatShare(rollup.metThreshold, lang)}</dd>
          </div>
          <div>
            <dt>{t('model.partlyThreshold')}</dt>
            <dd>{formatShare(rollup.partlyThreshold, lang)}</dd>
          </div>
          <div>
            <dt>{t('model.partlyWeight')}</dt>
            <dd>{formatNumber(rollup.partlyWeight, lang, DISPLAY)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}

function Templates() {
  const { t, lang } = useT();
  const templates = useGovernanceTemplates();
  if (!templates.data || templates.data.length === 0) return null;
  return (
    <section aria-labelledby="templates-heading" className="templates">
      <h2 id="templates-heading">{t('model.templates')}</h2>
      <p>{t('model.templatesIntro')}</p>
      <ul>
        {templates.data.map((tpl) => (
          <li key={tpl.key}>
            <strong>{tpl.name[lang]}</strong>:{' '}
            {[t('model.vision'), ...tpl.levels.map((l) => l.name[lang])].join(' → ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
