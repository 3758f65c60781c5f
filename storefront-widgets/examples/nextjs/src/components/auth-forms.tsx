import { login, signup } from "@/lib/data/customer"

/** Login and registration, both server actions that set the httpOnly `_medusa_jwt` cookie. */
export function AuthForms({ error }: { error: string | undefined }) {
  return (
    <div className="auth">
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <form action={login} aria-labelledby="login-heading">
        <h2 id="login-heading">Log in</h2>
        <label>
          Email <input type="email" name="email" autoComplete="email" required />
        </label>
        <label>
          Password <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit">Log in</button>
      </form>
      <form action={signup} aria-labelledby="signup-heading">
        <h2 id="signup-heading">Create an account</h2>
        <label>
          First name <input name="first_name" autoComplete="given-name" required />
        </label>
        <label>
          Last name <input name="last_name" autoComplete="family-name" required />
        </label>
        <label>
          Email <input type="email" name="email" autoComplete="email" required />
        </label>
        <label>
          Password <input type="password" name="password" autoComplete="new-password" minLength={8} required />
        </label>
        <button type="submit">Create account</button>
      </form>
    </div>
  )
}
