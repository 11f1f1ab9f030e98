import { useEffect, useState } from 'react';
import { mimeTypeOf } from '../../../shared/media/mediaAsset';

/** A small preview of a media-library image, read from main into a blob URL. */
export function MediaThumbnail({ id, alt }: { id: string; alt: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    void window.studio.invoke('media:read', { id }).then((result) => {
      if (cancelled || !result.ok) return;
      objectUrl = URL.createObjectURL(new Blob([result.value], { type: mimeTypeOf(id) }));
      setUrl(objectUrl);
    });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [id]);
  return url ? (
    <img src={url} alt={alt} width={96} height={96} className="thumbnail" />
  ) : (
    <span className="thumbnail" />
  );
}
