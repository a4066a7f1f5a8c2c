import { Type } from '@sinclair/typebox';
/** One item of the feed: one published run (JSON Feed 1.1 item plus a `_perfflow` extension). */
export const FeedItemSchema = Type.Object({
    id: Type.String({ minLength: 1, description: 'the run id; unique within the feed' }),
    url: Type.Optional(Type.String()),
    title: Type.String(),
    summary: Type.Optional(Type.String()),
    content_text: Type.Optional(Type.String()),
    content_html: Type.Optional(Type.String()),
    date_published: Type.String({ format: 'date-time' }),
    date_modified: Type.Optional(Type.String({ format: 'date-time' })),
    tags: Type.Optional(Type.Array(Type.String())),
    attachments: Type.Optional(Type.Array(Type.Object({
        url: Type.String(),
        mime_type: Type.String(),
        title: Type.Optional(Type.String()),
        size_in_bytes: Type.Optional(Type.Integer({ minimum: 0 })),
    }, { additionalProperties: false }))),
    _perfflow: Type.Optional(Type.Object({
        run_id: Type.String(),
        target: Type.String(),
        validation_status: Type.String(),
        overridden: Type.Boolean(),
        report: Type.String({ description: 'path of the HTML report relative to the feed directory' }),
        summary: Type.String({ description: 'path of the Markdown summary relative to the feed directory' }),
        manifest: Type.String({ description: 'path of the publish manifest relative to the feed directory' }),
    }, { additionalProperties: false })),
}, { additionalProperties: false });
/** `.claude/context/feed/feed.json`: a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of published runs. */
export const FeedSchema = Type.Object({
    version: Type.Literal('https://jsonfeed.org/version/1.1'),
    title: Type.String(),
    home_page_url: Type.Optional(Type.String()),
    feed_url: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    items: Type.Array(FeedItemSchema),
}, { additionalProperties: true, $id: 'feed' });
