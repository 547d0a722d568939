// `stopword` ships no type declarations; we use only its Arabic list.
declare module 'stopword' {
  export const ara: readonly string[];
}
