import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import './followQr.css';

/** The follow link as a QR code phones in the room can scan, with the link written out beside it. */
export function FollowQrCode({ link, size }: { link: string; size: number }) {
  const { t } = useTranslation();
  return (
    <figure className="follow-qr" data-testid="follow-qr">
      {/* Dark on white with a quiet zone: phone cameras read it off a projector too. */}
      <QRCodeSVG value={link} size={size} marginSize={4} level="M" bgColor="#ffffff" fgColor="#000000" title={t('present.follow.qrTitle')} role="img" />
      <figcaption className="follow-qr__link">{link}</figcaption>
    </figure>
  );
}
