import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ComponentChildren } from 'preact';

/** Visual weight of a button. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger';

/** Props of a Button: any native button attribute plus a variant and size. */
export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  large?: boolean;
  children: ComponentChildren;
};

/** A large, labelled button (48 px minimum target). */
export function Button({
  variant = 'primary',
  large = false,
  type = 'button',
  class: className,
  ...rest
}: ButtonProps) {
  const classes = ['btn', variant !== 'primary' ? `btn--${variant}` : '', large ? 'btn--large' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button type={type} class={classes} {...rest} />;
}

/** Props of a LinkButton. */
export type LinkButtonProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  variant?: ButtonVariant;
  large?: boolean;
  children: ComponentChildren;
};

/** A link that looks like a button (navigation, not an action). */
export function LinkButton({ variant = 'primary', large = false, class: className, ...rest }: LinkButtonProps) {
  const classes = ['btn', variant !== 'primary' ? `btn--${variant}` : '', large ? 'btn--large' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <a class={classes} {...rest} />;
}
