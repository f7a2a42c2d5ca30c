/**
 * The research workbench over HTTP ({@code policy serve}): a read-only JSON API under {@code /api/v1}
 * (search, compare, document view, stats, CSV/XLSX export, one-file extraction) and the static page that
 * uses it, on an embedded Javalin (Jetty) server. Owns request parsing ({@link
 * org.gongwen.policy.serve.SearchParams}), admission control (bounded concurrency, 503 with Retry-After
 * instead of unbounded queues), exports, the stored-policy lookup of the document view, uploads
 * extracted in the isolated child process of bulk import, and the loopback load client. Search itself is
 * {@link org.gongwen.policy.search.PolicySearcher}'s: the API returns the objects of the CLI's
 * {@code --json}. Documented in {@code docs/http-api.md} and {@code docs/openapi.yaml}.
 */
package org.gongwen.policy.serve;
