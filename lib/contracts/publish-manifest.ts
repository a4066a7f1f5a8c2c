import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

/** `feed/<run_id>/manifest.json`: what was published for a run, each file with its checksum. */
export const PublishManifestSchema = Type.Object(
  {
    version: Type.Literal(1),
    run_id: Type.String({ minLength: 1 }),
    target: Type.String(),
    published_at: Type.String({ format: 'date-time', description: 'first publication; kept when republished' }),
    validation_status: Type.String(),
    overridden: Type.Boolean(),
    condition: Type.String({ description: 'why publishing was allowed' }),
    files: Type.Array(
      Type.Object(
        {
          path: Type.String({ description: 'relative to the run folder in the feed' }),
          sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'of the published bytes' }),
          bytes: Type.Integer({ minimum: 0 }),
          source_sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'of the file in the run directory' }),
          redacted: Type.Boolean({ description: 'true when secrets were removed, so the two checksums differ' }),
        },
        { additionalProperties: false },
      ),
    ),
    report: Type.String(),
    summary: Type.String(),
  },
  { additionalProperties: false, $id: 'publish-manifest' },
);

export type PublishManifest = Static<typeof PublishManifestSchema>;
