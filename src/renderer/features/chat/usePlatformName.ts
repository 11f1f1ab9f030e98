import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentSource } from '../../../shared/chat/chatPlatforms';

/** A source's name: the platforms' own brand names, and the studio's words for its own page and bridges. */
export function usePlatformName(): (source: CommentSource) => string {
  const { t } = useTranslation();
  return useCallback(
    (source) => {
      if (source === 'livekit') return t('chat.viewerPage');
      if (source === 'bridge') return t('chat.bridge');
      return { youtube: 'YouTube', twitch: 'Twitch', facebook: 'Facebook' }[source];
    },
    [t],
  );
}
