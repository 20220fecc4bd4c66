import { CodeBlock } from '@tiptap/extension-code-block';

const LANGUAGE = /^[\w+#.-]{1,40}$/;
const CLASS_PREFIX = 'language-';

/** Code blocks whose language, read from `<code class="language-…">`, is a plain language name. */
export const SafeCodeBlock = CodeBlock.extend({
  addAttributes() {
    return {
      language: {
        default: null,
        parseHTML: (element: HTMLElement) => {
          const classes = [...(element.firstElementChild?.classList ?? [])];
          const language = classes.find((name) => name.startsWith(CLASS_PREFIX))?.slice(CLASS_PREFIX.length);
          return language && LANGUAGE.test(language) ? language : null;
        },
        rendered: false,
      },
    };
  },
});
