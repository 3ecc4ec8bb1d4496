/** The repository every request is about. */
export interface RepoRef {
  owner: string;
  repo: string;
}
