import { describe, expect, it } from 'vitest';
import { loadRegisterOrEmpty, registerOrEmpty } from '../../src/app/register-file.js';
import { emptyRegister } from '../../src/register/parse.js';
import { RegisterError } from '../../src/register/types.js';
import { EXAMPLE } from '../register/example.js';

describe('registerOrEmpty', () => {
  it('gives an empty register, named after its path, when there is no file', () => {
    expect(registerOrEmpty('docs/soup.yml', undefined)).toEqual(emptyRegister('docs/soup.yml'));
  });

  it('keeps unfinished entries with their problems instead of refusing the file', () => {
    const todo = `${EXAMPLE}  npm/ms:\n    purpose: "TODO: why we use ms"\n`;
    const register = registerOrEmpty('soup/register.yml', todo);
    expect(register.entries.get('npm/ms')?.problems.length).toBeGreaterThan(0);
  });

  it('refuses a file that is not a register, naming file and line', () => {
    expect(() => registerOrEmpty('soup/register.yml', 'defaults:\n  safety-class: D\n')).toThrow(
      RegisterError,
    );
    expect(() => registerOrEmpty('soup/register.yml', 'defaults:\n  safety-class: D\n')).toThrow(
      /soup\/register\.yml/,
    );
  });
});

describe('loadRegisterOrEmpty', () => {
  it('reads the path it is given, and passes a read failure on', async () => {
    const asked: string[] = [];
    const register = await loadRegisterOrEmpty('soup/register.yml', async (path) => {
      asked.push(path);
      return EXAMPLE;
    });
    expect(asked).toEqual(['soup/register.yml']);
    expect(register.entries.size).toBeGreaterThan(0);
    await expect(
      loadRegisterOrEmpty('soup/register.yml', () => Promise.reject(new Error('EACCES'))),
    ).rejects.toThrow('EACCES');
  });
});
