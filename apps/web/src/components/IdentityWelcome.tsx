import { useTranslation } from 'react-i18next';
import { identityStore } from '../lib/identity.ts';
import { IdentityForm } from './IdentityForm.tsx';

interface IdentityWelcomeProps {
  eyebrow: string;
  title: string;
}

/** The first visit's "who are you?": a name and a colour, kept on this device. */
export function IdentityWelcome({ eyebrow, title }: IdentityWelcomeProps) {
  const { t } = useTranslation();
  return (
    <div className="page narrow">
      <p className="eyebrow">{eyebrow}</p>
      <h1>{title}</h1>
      <section className="card" aria-labelledby="welcome-title">
        <h2 id="welcome-title">{t('identity.welcomeTitle')}</h2>
        <p>{t('identity.welcomeBody')}</p>
        <IdentityForm initial={null} onSave={identityStore.set} />
      </section>
    </div>
  );
}
