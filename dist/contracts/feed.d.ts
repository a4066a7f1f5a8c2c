import type { Static } from '@sinclair/typebox';
/** One item of the feed: one published run (JSON Feed 1.1 item plus a `_perfflow` extension). */
export declare const FeedItemSchema: import("@sinclair/typebox").TObject<{
    id: import("@sinclair/typebox").TString;
    url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    title: import("@sinclair/typebox").TString;
    summary: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    content_text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    content_html: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    date_published: import("@sinclair/typebox").TString;
    date_modified: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    tags: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
    attachments: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        url: import("@sinclair/typebox").TString;
        mime_type: import("@sinclair/typebox").TString;
        title: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        size_in_bytes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
    }>>>;
    _perfflow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
        run_id: import("@sinclair/typebox").TString;
        target: import("@sinclair/typebox").TString;
        validation_status: import("@sinclair/typebox").TString;
        overridden: import("@sinclair/typebox").TBoolean;
        report: import("@sinclair/typebox").TString;
        summary: import("@sinclair/typebox").TString;
        manifest: import("@sinclair/typebox").TString;
    }>>;
}>;
/** `.claude/context/feed/feed.json`: a JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of published runs. */
export declare const FeedSchema: import("@sinclair/typebox").TObject<{
    version: import("@sinclair/typebox").TLiteral<"https://jsonfeed.org/version/1.1">;
    title: import("@sinclair/typebox").TString;
    home_page_url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    feed_url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    description: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    items: import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
        id: import("@sinclair/typebox").TString;
        url: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        title: import("@sinclair/typebox").TString;
        summary: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        content_text: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        content_html: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        date_published: import("@sinclair/typebox").TString;
        date_modified: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
        tags: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TString>>;
        attachments: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TArray<import("@sinclair/typebox").TObject<{
            url: import("@sinclair/typebox").TString;
            mime_type: import("@sinclair/typebox").TString;
            title: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
            size_in_bytes: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TInteger>;
        }>>>;
        _perfflow: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TObject<{
            run_id: import("@sinclair/typebox").TString;
            target: import("@sinclair/typebox").TString;
            validation_status: import("@sinclair/typebox").TString;
            overridden: import("@sinclair/typebox").TBoolean;
            report: import("@sinclair/typebox").TString;
            summary: import("@sinclair/typebox").TString;
            manifest: import("@sinclair/typebox").TString;
        }>>;
    }>>;
}>;
export type FeedItem = Static<typeof FeedItemSchema>;
export type Feed = Static<typeof FeedSchema>;
