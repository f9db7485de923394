// Every rule of who may see or do what in the observatory, in one file: the scopes the schema's
// @access directives name are enforced by the kit; the row- and field-level rules are here.
import { hasScope, SCOPES, type Identity } from '@equality-graph/auth';

/** Readers with it see counts below the disclosure threshold and draft figures (each read audited). */
export const RAW_STATISTICS_SCOPE = SCOPES.statisticsRaw;
/** Directory editors: they also see unpublished experimentations. */
export const EXPERIMENTATION_WRITE_SCOPE = SCOPES.directoryWrite;
/** Writing reports is the observatory's publication power: the scope that also publishes figures (admins). */
export const PUBLICATION_WRITE_SCOPE = SCOPES.statisticsPublish;
/** A shelter's address is returned only with it (each read audited). */
export const CONFIDENTIAL_ADDRESS_SCOPE = SCOPES.directoryConfidential;

/** Raw statistics: unsuppressed small counts and draft observations. */
export const readsRawStatistics = (identity: Identity) => hasScope(identity, RAW_STATISTICS_SCOPE);

/** Readers without `directory:write` see published experimentations only (row-level rule). */
export const seesUnpublishedExperimentations = (identity: Identity) => hasScope(identity, EXPERIMENTATION_WRITE_SCOPE);

/** Readers without `statistics:publish` see published reports only (row-level rule). */
export const seesUnpublishedPublications = (identity: Identity) => hasScope(identity, PUBLICATION_WRITE_SCOPE);

/** A shelter's address: only with `directory:confidential`; other entries' addresses are public. */
export const readsConfidentialAddresses = (identity: Identity) => hasScope(identity, CONFIDENTIAL_ADDRESS_SCOPE);
