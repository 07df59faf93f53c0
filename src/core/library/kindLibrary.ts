/** A ready-made `stack: kind` declaration the user can add to their vault. */
export interface LibraryKind {
  /** The kind's name, as items write it in `stack:`. */
  name: string;
  /** The declaration note's name: `Kinds/<title>.md`. */
  title: string;
  group: string;
  /** Field → type, as written in the declaration (`url`, `date`, a list of allowed values, a trailing `!` for required). */
  fields: Readonly<Record<string, string | readonly string[]>>;
  /** One sentence for the note body and the chooser. */
  description: string;
}

/** The library: kinds for the rest of a digital life, in the order they are offered. */
export const KIND_LIBRARY: readonly LibraryKind[] = [
  {
    name: 'project',
    title: 'Project',
    group: 'dev',
    fields: {
      repo: 'url!',
      'dev-env': ['nix-flake', 'devcontainer', 'compose', 'none'],
      'dev-config': 'string',
      ci: 'url',
      status: ['active', 'paused', 'archived'],
    },
    description:
      'A code project: its repository, how to get a development environment (a nix flake, a devcontainer or a compose file, at dev-config), and where CI runs.',
  },
  {
    name: 'dotfiles',
    title: 'Dotfiles',
    group: 'dev',
    fields: {
      repo: 'url!',
      manager: ['stow', 'chezmoi', 'yadm', 'home-manager', 'bare-git', 'other'],
      devices: 'links',
      applied: 'date',
    },
    description: 'A dotfiles repository: where it lives, what applies it, and the devices it is applied to.',
  },
  {
    name: 'subscription',
    title: 'Subscription',
    group: 'money',
    fields: { cost: 'number!', cycle: ['monthly', 'yearly'], renews: 'date', url: 'url', service: 'link' },
    description:
      'Something paid every month or year, so nothing renews without you noticing: it shows in the attention queue a week before it renews.',
  },
  {
    name: 'media-archive',
    title: 'Media archive',
    group: 'media',
    fields: {
      tool: ['beets', 'exiftool', 'digikam', 'other'],
      location: 'string!',
      'last-import': 'date',
      backup: 'link',
    },
    description:
      'A music, photo or video archive: the tool that manages it, where it is, when you last imported into it, and the backup that covers it.',
  },
  {
    name: 'site',
    title: 'Site',
    group: 'dev',
    fields: {
      generator: ['hugo', 'zola', 'eleventy', 'jekyll', 'astro', 'other'],
      repo: 'url',
      deploy: 'string',
      url: 'url',
      domain: 'link',
    },
    description: 'A website: its static site generator, repository, how it is deployed, its address and its domain.',
  },
];

/** The library kind called `name`, if there is one. */
export function libraryKind(name: string): LibraryKind | undefined {
  return KIND_LIBRARY.find((k) => k.name === name);
}

/** Where a library kind's declaration note goes. */
export function libraryKindPath(kind: LibraryKind): string {
  return `Kinds/${kind.title}.md`;
}

/**
 * The declaration note of a library kind: frontmatter the kind parser reads, and the description.
 * @example libraryKindNote(libraryKind('site')!).startsWith('---\nstack: kind\nname: site\n')
 */
export function libraryKindNote(kind: LibraryKind): string {
  const fields = Object.entries(kind.fields).map(
    ([field, type]) => `  ${field}: ${typeof type === 'string' ? type : `[${type.join(', ')}]`}`,
  );
  return [
    '---',
    'stack: kind',
    `name: ${kind.name}`,
    `group: ${kind.group}`,
    'fields:',
    ...fields,
    '---',
    kind.description,
    '',
  ].join('\n');
}
